package io.bulwark.ui.internal.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;

import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.AgentStatus;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;
import io.bulwark.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Charts of the connected servers' agents: by status, by agent version and by component freshness, one series per
 * server and one for all of them. Drawn from the live model, so the bars move as agents come online, go offline,
 * upgrade or fall behind; a burst of changes (a fleet starting, a server loading) redraws once, at most every
 * {@value #REDRAW_DELAY_MILLIS} ms.
 */
public class DashboardPart {

    /** The part's id in the application model. */
    public static final String ID = "io.bulwark.ui.part.dashboard"; //$NON-NLS-1$

    /** The id of the series of every server together. */
    public static final String TOTAL_SERIES = "total"; //$NON-NLS-1$

    /** How long changes are gathered before the charts are drawn again. */
    static final int REDRAW_DELAY_MILLIS = 500;

    private static final AgentStatus[] STATUSES = {AgentStatus.ONLINE, AgentStatus.OFFLINE, AgentStatus.ROAMING,
            AgentStatus.MOVING};

    @Inject
    @Service
    private ServerRegistryService servers;

    @Inject
    @Service
    private ServerConnections connections;

    private Display display;
    private CountChart statusChart;
    private CountChart versionChart;
    private CountChart freshnessChart;
    private boolean redrawPending;
    private final EContentAdapter follower = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                scheduleRedraw();
            }
        }
    };

    @PostConstruct
    public void createControls(Composite parent) {
        display = parent.getDisplay();
        GridLayoutFactory.fillDefaults().applyTo(parent);
        statusChart = new CountChart(parent, Messages.DashboardPart_byStatus, WidgetIds.DASHBOARD_STATUS_CHART);
        versionChart = new CountChart(parent, Messages.DashboardPart_byVersion, WidgetIds.DASHBOARD_VERSION_CHART);
        freshnessChart = new CountChart(parent, Messages.DashboardPart_byFreshness,
                WidgetIds.DASHBOARD_FRESHNESS_CHART);
        follow(servers.getRegistry());
        follow(connections.getResourceSet());
        redraw();
    }

    private void follow(Notifier notifier) {
        notifier.eAdapters().add(follower);
    }

    /** Called on the model thread, which is the UI thread in the console. */
    private void scheduleRedraw() {
        if (redrawPending || display.isDisposed()) {
            return;
        }
        redrawPending = true;
        display.timerExec(REDRAW_DELAY_MILLIS, this::redraw);
    }

    private void redraw() {
        redrawPending = false;
        Map<ManagementServer, AgentCensus> census = new LinkedHashMap<>();
        servers.getRegistry().eAllContents().forEachRemaining(object -> {
            if (object instanceof ManagementServer server && server.getState() == ConnectionState.CONNECTED) {
                census.put(server, AgentCensus.of(server));
            }
        });
        String[] statuses = {Messages.DashboardPart_online, Messages.DashboardPart_offline,
                Messages.DashboardPart_roaming, Messages.DashboardPart_moving};
        statusChart.show(statuses, series(census, STATUSES.length, (each, i) -> each.status(STATUSES[i])));
        TreeSet<String> versions = new TreeSet<>();
        census.values().forEach(each -> versions.addAll(each.byVersion().keySet()));
        String[] versionNames = versions.toArray(String[]::new);
        versionChart.show(versionNames,
                series(census, versionNames.length, (each, i) -> each.version(versionNames[i])));
        String[] freshness = {Messages.DashboardPart_upToDate, Messages.DashboardPart_outdated,
                Messages.DashboardPart_unknown};
        freshnessChart.show(freshness, series(census, freshness.length, (each, i) -> each.freshness()[i]));
    }

    /** How one server's census counts one category. */
    @FunctionalInterface
    private interface Count {
        int of(AgentCensus census, int category);
    }

    private static List<CountChart.Bars> series(Map<ManagementServer, AgentCensus> census, int categories,
            Count count) {
        List<CountChart.Bars> series = new ArrayList<>();
        double[] total = new double[categories];
        census.forEach((server, each) -> {
            double[] counts = new double[categories];
            for (int i = 0; i < categories; i++) {
                counts[i] = count.of(each, i);
                total[i] += counts[i];
            }
            series.add(new CountChart.Bars(server.getId(), server.getName(), counts));
        });
        series.add(new CountChart.Bars(TOTAL_SERIES, Messages.DashboardPart_total, total));
        return series;
    }

    @Focus
    public void setFocus() {
        // Charts take no keyboard input; the part's tab keeps the focus.
    }

    @PreDestroy
    public void dispose() {
        servers.getRegistry().eAdapters().remove(follower);
        connections.getResourceSet().eAdapters().remove(follower);
    }
}
