package io.bulwark.ui.internal.servers;

import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.component.annotations.Component;

import io.bulwark.core.MasterPasswordPrompt;

/**
 * The console's master-password prompt: a {@link MasterPasswordDialog} over the active window. Core asks for the
 * password from whatever thread needs a stored server password; the dialog always opens on the display's thread.
 */
@Component(service = MasterPasswordPrompt.class)
public class DialogMasterPasswordPrompt implements MasterPasswordPrompt {

    @Override
    public char[] askMasterPassword(boolean creating) {
        Display display = Display.getCurrent();
        if (display != null) {
            return ask(display, creating);
        }
        // Not on the UI thread: a DS component has no e4 context, so it reaches the workbench's display directly.
        Display workbench = Display.getDefault();
        AtomicReference<char[]> answer = new AtomicReference<>();
        workbench.syncExec(() -> answer.set(ask(workbench, creating)));
        return answer.get();
    }

    private static char[] ask(Display display, boolean creating) {
        MasterPasswordDialog dialog = new MasterPasswordDialog(display.getActiveShell(), creating);
        return dialog.open() == Window.OK ? dialog.entered() : null;
    }
}
