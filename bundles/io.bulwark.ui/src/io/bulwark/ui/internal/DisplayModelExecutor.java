package io.bulwark.ui.internal;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTException;
import org.eclipse.swt.widgets.Display;

import io.bulwark.core.ModelExecutor;

/**
 * Runs model tasks on a display's thread, in the order given, after the events already queued. Once the display is
 * disposed (the console is closing) tasks are dropped: the model they would change goes away with it.
 */
final class DisplayModelExecutor implements ModelExecutor {

    private final Display display;
    private final Thread uiThread;

    DisplayModelExecutor(Display display) {
        this.display = display;
        this.uiThread = display.getThread();
    }

    @Override
    public void execute(Runnable task) {
        if (display.isDisposed()) {
            return;
        }
        try {
            display.asyncExec(task);
        } catch (SWTException e) {
            if (e.code != SWT.ERROR_DEVICE_DISPOSED) {
                throw e;
            }
        }
    }

    @Override
    public boolean isModelThread() {
        return Thread.currentThread() == uiThread;
    }
}
