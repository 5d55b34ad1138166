package io.bulwark.ui.internal;

import java.io.IOException;

import org.eclipse.core.runtime.ILog;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.IModelResourceHandler;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.event.Event;

import jakarta.inject.Inject;

/**
 * Keeps the layout the administrator leaves: a little after the layout changes (a boundary dragged, a part opened,
 * closed, moved or brought to the front) the workbench model is saved, not only when the console closes normally. A
 * console that is killed, or whose machine goes down, opens again as it was last arranged.
 */
public class LayoutKeeperAddon {

    /** How long the layout must stay still before it is saved: a drag sends a change per pixel. */
    private static final int SAVE_DELAY_MILLIS = 1000;

    @Inject
    @Optional
    private IModelResourceHandler model;

    private boolean savePending;

    @Inject
    @Optional
    void boundaryMoved(@UIEventTopic(UIEvents.UIElement.TOPIC_CONTAINERDATA) Event event) {
        scheduleSave();
    }

    @Inject
    @Optional
    void partBroughtToFront(@UIEventTopic(UIEvents.ElementContainer.TOPIC_SELECTEDELEMENT) Event event) {
        scheduleSave();
    }

    @Inject
    @Optional
    void partsOpenedOrMoved(@UIEventTopic(UIEvents.ElementContainer.TOPIC_CHILDREN) Event event) {
        scheduleSave();
    }

    @Inject
    @Optional
    void partShownOrHidden(@UIEventTopic(UIEvents.UIElement.TOPIC_TOBERENDERED) Event event) {
        scheduleSave();
    }

    private void scheduleSave() {
        Display display = Display.getCurrent();
        if (savePending || model == null || display == null) {
            return;
        }
        savePending = true;
        display.timerExec(SAVE_DELAY_MILLIS, this::save);
    }

    private void save() {
        savePending = false;
        try {
            model.save();
        } catch (IOException e) {
            ILog.of(getClass()).warn(Messages.LayoutKeeper_saveFailed, e);
        }
    }
}
