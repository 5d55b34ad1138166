package io.bulwark.ui.internal.details;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;

import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.settings.Policy;

/**
 * Tells the Details part when what it shows may have changed: anything in the shown object (an agent with its
 * inventory, a domain with its agents, a server with its tree), the containers above it (a move, a rename) and the
 * policies it inherits from. Only those objects are watched, not the whole model. Call {@link #rewatch()} after the
 * part rebuilt its rows, so a replaced policy, a new container or a server's new tree is watched too; {@link #stop()}
 * when done.
 */
final class ModelWatch {

    private final EObject shown;
    private final Runnable changed;
    private final List<Attachment> contents = new ArrayList<>();
    private final List<Attachment> chain = new ArrayList<>();
    private Attachment treeWatch;

    private record Attachment(Notifier target, Adapter adapter) {
        void detach() {
            target.eAdapters().remove(adapter);
        }
    }

    private final class Content extends EContentAdapter {
        @Override
        public void notifyChanged(Notification notification) {
            super.notifyChanged(notification);
            if (!notification.isTouch()) {
                changed.run();
            }
        }
    }

    private final class Shallow extends AdapterImpl {
        @Override
        public void notifyChanged(Notification notification) {
            if (!notification.isTouch()) {
                changed.run();
            }
        }
    }

    ModelWatch(EObject shown, Runnable changed) {
        this.shown = shown;
        this.changed = changed;
        if (shown instanceof ManagementServer server) {
            attach(contents, server, new Shallow());
        } else {
            attach(contents, shown, new Content());
        }
        rewatch();
    }

    /** Watches the containers and inherited policies of the shown object as they are now. */
    void rewatch() {
        if (shown instanceof ManagementServer server) {
            // The server's tree comes and goes with its connection: watch the one it has now, attaching to a large
            // tree only when it is another one.
            AgentTree tree = server.getAgentTree();
            if (treeWatch == null || treeWatch.target() != tree) {
                chain.forEach(Attachment::detach);
                chain.clear();
                treeWatch = tree == null ? null : attach(chain, tree, new Content());
            }
            return;
        }
        chain.forEach(Attachment::detach);
        chain.clear();
        for (EObject at = shown.eContainer(); at != null; at = at.eContainer()) {
            attach(chain, at, new Shallow());
            Policy policy = at instanceof Domain domain
                    ? domain.getPolicy()
                    : at instanceof AgentTree tree ? tree.getRootPolicy() : null;
            if (policy != null) {
                attach(chain, policy, new Content());
            }
            if (at instanceof AgentTree tree && tree.getServer() != null) {
                attach(chain, tree.getServer(), new Shallow());
                break;
            }
        }
    }

    /** Stops watching. */
    void stop() {
        chain.forEach(Attachment::detach);
        chain.clear();
        treeWatch = null;
        contents.forEach(Attachment::detach);
        contents.clear();
    }

    private static Attachment attach(List<Attachment> into, Notifier target, Adapter adapter) {
        target.eAdapters().add(adapter);
        Attachment attachment = new Attachment(target, adapter);
        into.add(attachment);
        return attachment;
    }
}
