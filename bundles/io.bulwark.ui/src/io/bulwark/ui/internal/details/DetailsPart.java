package io.bulwark.ui.internal.details;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.bulwark.client.ServerConnection;
import io.bulwark.core.ServerConnections;
import io.bulwark.model.Agent;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;
import io.bulwark.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * Everything about the agent, domain or server selected in the Agents or Servers part: facts, an agent's inventory and
 * component versions (marked when older than the server's), and every settings group in effect with the scope it comes
 * from. An agent's inventory and own policy are loaded when it is shown, in a job; the rows follow the model as it
 * changes.
 */
public class DetailsPart {

    @Inject
    @Service
    private ServerConnections connections;

    @Inject
    private UISynchronize sync;

    private final ModelLabels labels = new ModelLabels();
    private final FactRows facts = new FactRows(labels);
    private final InventoryRows inventory = new InventoryRows(labels);
    private final SettingsRows settings = new SettingsRows(labels);
    private final AtomicBoolean refreshPending = new AtomicBoolean();

    private Label title;
    private TreeViewer viewer;
    private EObject shown;
    private ModelWatch watch;
    private AgentDetailsJob loading;
    private String loadFailure;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(4, 4).applyTo(parent);
        title = new Label(parent, SWT.WRAP);
        title.setData(WidgetIds.KEY, WidgetIds.DETAILS_TITLE);
        title.setText(Messages.Details_nothingSelected);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        viewer = new TreeViewer(parent, SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTree().setData(WidgetIds.KEY, WidgetIds.DETAILS_TREE);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.setContentProvider(new DetailRowProvider());
        column(Messages.Details_columnProperty, 200, DetailRow::label);
        column(Messages.Details_columnValue, 220, DetailRow::value);
        column(Messages.Details_columnSource, 120, DetailRow::source);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
    }

    private void column(String name, int width, Function<DetailRow, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(name);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof DetailRow row ? text.apply(row) : ""; //$NON-NLS-1$
            }
        });
    }

    /** Follows the selection of the Agents and Servers parts; selections of other kinds leave the part as it is. */
    @Inject
    @Optional
    void selectionChanged(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        if (selection instanceof Agent || selection instanceof Domain || selection instanceof ManagementServer) {
            show((EObject) selection);
        } else if (selection instanceof List<?> several && several.size() > 1) {
            show(null);
            title.setText(NLS.bind(Messages.Details_severalSelected, Integer.valueOf(several.size())));
        }
    }

    private void show(EObject object) {
        if (object == shown && object != null) {
            return;
        }
        stopWatching();
        shown = object;
        loadFailure = null;
        if (object != null) {
            watch = new ModelWatch(object, this::scheduleRefresh);
            if (object instanceof Agent agent) {
                load(agent);
            }
        }
        refresh();
    }

    private void load(Agent agent) {
        ManagementServer server = TreePlaces.serverOf(agent);
        ServerConnection connection = server == null ? null : connections.connection(server);
        if (connection == null) {
            return;
        }
        AgentDetailsJob job = new AgentDetailsJob(connection, agent.getId(), agent.getHostName());
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                sync.asyncExec(() -> loaded(job));
            }
        });
        loading = job;
        job.schedule();
    }

    private void loaded(AgentDetailsJob job) {
        if (job != loading || viewer.getControl().isDisposed()) {
            return;
        }
        loading = null;
        loadFailure = job.failure();
        refresh();
    }

    private void scheduleRefresh() {
        if (refreshPending.compareAndSet(false, true)) {
            sync.asyncExec(() -> {
                refreshPending.set(false);
                if (!viewer.getControl().isDisposed()) {
                    refresh();
                }
            });
        }
    }

    /** Builds the rows again from the model as it is now. */
    private void refresh() {
        List<DetailRow> rows = new ArrayList<>();
        if (shown instanceof Agent agent) {
            title.setText(agent.eContainer() == null
                    ? NLS.bind(Messages.Details_agentGone, agent.getHostName())
                    : NLS.bind(Messages.Details_agentTitle, agent.getHostName()));
            rows.add(DetailRow.section(Messages.Details_facts, facts.agent(agent)));
            rows.add(inventorySection(agent));
            rows.add(DetailRow.section(Messages.Details_components, facts.components(agent)));
            if (agent.eContainer() != null) {
                rows.add(DetailRow.section(Messages.Details_settings, settings.of(agent)));
            }
        } else if (shown instanceof Domain domain) {
            title.setText(domain.eContainer() == null
                    ? NLS.bind(Messages.Details_domainGone, domain.getName())
                    : NLS.bind(Messages.Details_domainTitle, domain.getName()));
            rows.add(DetailRow.section(Messages.Details_facts, facts.domain(domain)));
            if (domain.eContainer() != null) {
                rows.add(DetailRow.section(Messages.Details_settings, settings.of(domain)));
            }
        } else if (shown instanceof ManagementServer server) {
            title.setText(NLS.bind(Messages.Details_serverTitle, server.getName()));
            rows.add(DetailRow.section(Messages.Details_facts, facts.server(server)));
            rows.add(DetailRow.section(Messages.Details_components, facts.serverComponents(server)));
            if (server.getAgentTree() != null) {
                rows.add(DetailRow.section(Messages.Details_settings, settings.of(server.getAgentTree())));
            }
        } else {
            title.setText(Messages.Details_nothingSelected);
        }
        if (watch != null) {
            watch.rewatch();
        }
        viewer.getTree().setRedraw(false);
        try {
            viewer.setInput(rows);
            viewer.expandAll();
        } finally {
            viewer.getTree().setRedraw(true);
        }
        title.getParent().layout();
    }

    private DetailRow inventorySection(Agent agent) {
        if (agent.getInventory() != null) {
            return DetailRow.section(Messages.Details_inventory, inventory.of(agent.getInventory()));
        }
        String state = loadFailure != null
                ? loadFailure
                : loading != null ? Messages.Details_loading : Messages.Details_notReported;
        return new DetailRow(Messages.Details_inventory, state, "", List.of()); //$NON-NLS-1$
    }

    private void stopWatching() {
        if (watch != null) {
            watch.stop();
            watch = null;
        }
        if (loading != null) {
            loading.cancel();
            loading = null;
        }
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @PreDestroy
    public void dispose() {
        stopWatching();
    }
}
