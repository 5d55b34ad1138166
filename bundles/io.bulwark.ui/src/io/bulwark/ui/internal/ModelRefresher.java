package io.bulwark.ui.internal;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.viewers.StructuredViewer;

/**
 * Keeps a viewer in step with an EMF model it shows: any change below the root schedules one refresh of the viewer,
 * however many notifications a burst of changes sends.
 */
public final class ModelRefresher extends EContentAdapter {

    private final Notifier root;
    private final UISynchronize sync;
    private final StructuredViewer viewer;
    private final AtomicBoolean refreshPending = new AtomicBoolean();

    private ModelRefresher(Notifier root, UISynchronize sync, StructuredViewer viewer) {
        this.root = root;
        this.sync = sync;
        this.viewer = viewer;
    }

    /** Starts following {@code root} for {@code viewer}; call {@link #detach()} when the viewer goes away. */
    public static ModelRefresher attach(Notifier root, UISynchronize sync, StructuredViewer viewer) {
        ModelRefresher refresher = new ModelRefresher(root, sync, viewer);
        root.eAdapters().add(refresher);
        return refresher;
    }

    /** Stops following the model. */
    public void detach() {
        root.eAdapters().remove(this);
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.isTouch() || !refreshPending.compareAndSet(false, true)) {
            return;
        }
        sync.asyncExec(() -> {
            refreshPending.set(false);
            if (!viewer.getControl().isDisposed()) {
                viewer.refresh();
            }
        });
    }
}
