package io.bulwark.ui.internal.components;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ComboViewer;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ServerRegistry;

/**
 * A drop-down of the connected servers, for the administration parts that work on one server at a time. It follows the
 * registry: servers that connect appear, servers that disconnect go, and a change of the chosen server's state or role
 * is reported like a new choice, so the part can enable its commands for the account it is signed in with.
 */
public final class ConnectedServerChooser {

    private final ServerRegistry registry;
    private final UISynchronize sync;
    private final ComboViewer viewer;
    private final Consumer<ManagementServer> onChange;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private final EContentAdapter follower = new EContentAdapter() {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch() && refreshPending.compareAndSet(false, true)) {
                sync.asyncExec(ConnectedServerChooser.this::refresh);
            }
        }
    };
    private ManagementServer chosen;

    /**
     * Creates the label and drop-down in {@code parent} (two columns of a grid) and starts following the registry.
     *
     * @param parent
     *            the composite to add to
     * @param registry
     *            the servers
     * @param sync
     *            the UI thread
     * @param widgetId
     *            the drop-down's {@link io.bulwark.ui.WidgetIds} name
     * @param onChange
     *            called on the UI thread with the chosen server, or {@code null} when none is connected
     */
    public ConnectedServerChooser(Composite parent, ServerRegistry registry, UISynchronize sync, String widgetId,
            Consumer<ManagementServer> onChange) {
        this.registry = registry;
        this.sync = sync;
        this.onChange = onChange;
        new Label(parent, SWT.NONE).setText(Messages.ConnectedServerChooser_server);
        viewer = new ComboViewer(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        viewer.getCombo().setData(io.bulwark.ui.WidgetIds.KEY, widgetId);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setLabelProvider(new LabelProvider() {
            @Override
            public String getText(Object element) {
                return ((ManagementServer) element).getName();
            }
        });
        viewer.addSelectionChangedListener(event -> choose((ManagementServer) event.getStructuredSelection()
                .getFirstElement()));
        registry.eAdapters().add(follower);
        viewer.getControl().addDisposeListener(event -> registry.eAdapters().remove(follower));
        refresh();
    }

    /** @return the drop-down's viewer, for layout */
    public ComboViewer viewer() {
        return viewer;
    }

    /** @return the chosen server, or {@code null} */
    public ManagementServer chosen() {
        return chosen;
    }

    /**
     * Chooses {@code server} if it is connected (another part selected it); nothing once the chooser is disposed.
     *
     * @param server
     *            a server
     */
    public void show(ManagementServer server) {
        if (!viewer.getControl().isDisposed() && server != null && server != chosen
                && connected().contains(server)) {
            viewer.setSelection(new StructuredSelection(server));
        }
    }

    private void refresh() {
        refreshPending.set(false);
        if (viewer.getControl().isDisposed()) {
            return;
        }
        List<ManagementServer> servers = connected();
        viewer.setInput(servers);
        if (chosen != null && servers.contains(chosen)) {
            viewer.setSelection(new StructuredSelection(chosen));
            onChange.accept(chosen);
        } else if (!servers.isEmpty()) {
            viewer.setSelection(new StructuredSelection(servers.get(0)));
        } else {
            choose(null);
        }
    }

    private void choose(ManagementServer server) {
        chosen = server;
        onChange.accept(server);
    }

    private List<ManagementServer> connected() {
        List<ManagementServer> servers = new ArrayList<>();
        registry.eAllContents().forEachRemaining(object -> {
            if (object instanceof ManagementServer server && server.getState() == ConnectionState.CONNECTED) {
                servers.add(server);
            }
        });
        return servers;
    }
}
