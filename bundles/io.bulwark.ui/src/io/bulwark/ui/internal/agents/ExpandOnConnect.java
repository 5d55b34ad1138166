package io.bulwark.ui.internal.agents;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.viewers.TreeViewer;

import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelPackage;
import io.bulwark.model.ServerRegistry;

/**
 * Opens a server's node one level when the server becomes connected, so that its top-level domains and agents show
 * without a click. The connection sets the state after the server's tree is loaded, so the children are there.
 */
final class ExpandOnConnect extends EContentAdapter {

    private final ServerRegistry registry;
    private final UISynchronize sync;
    private final TreeViewer viewer;

    private ExpandOnConnect(ServerRegistry registry, UISynchronize sync, TreeViewer viewer) {
        this.registry = registry;
        this.sync = sync;
        this.viewer = viewer;
    }

    static ExpandOnConnect attach(ServerRegistry registry, UISynchronize sync, TreeViewer viewer) {
        ExpandOnConnect expander = new ExpandOnConnect(registry, sync, viewer);
        registry.eAdapters().add(expander);
        return expander;
    }

    void detach() {
        registry.eAdapters().remove(this);
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.getFeature() == ModelPackage.Literals.MANAGEMENT_SERVER__STATE
                && notification.getNewValue() == ConnectionState.CONNECTED
                && notification.getOldValue() != ConnectionState.CONNECTED
                && notification.getNotifier() instanceof ManagementServer server) {
            sync.asyncExec(() -> {
                if (!viewer.getControl().isDisposed()) {
                    viewer.refresh(server);
                    viewer.expandToLevel(server, 1);
                }
            });
        }
    }
}
