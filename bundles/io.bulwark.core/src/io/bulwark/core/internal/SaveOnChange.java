package io.bulwark.core.internal;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;

/**
 * Saves the registry when something other than the registry service changes a saved part of it, such as the version a
 * connected server reports. Changes to transient features (connection state, agent trees) are not saved.
 */
final class SaveOnChange extends EContentAdapter {

    private final LiveServerRegistry registry;

    SaveOnChange(LiveServerRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void notifyChanged(Notification notification) {
        super.notifyChanged(notification);
        if (notification.isTouch() || notification.getEventType() == Notification.REMOVING_ADAPTER
                || !(notification.getFeature() instanceof EStructuralFeature feature) || feature.isTransient()) {
            return;
        }
        registry.saveDirectChange();
    }
}
