package io.bulwark.ui.internal.components;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Runs "update server now" on the server chosen in the Components part. Operators may not. */
public class UpdateServerNowHandler {

    @CanExecute
    public boolean canExecute(EPartService parts) {
        ComponentsPart part = ComponentsHandler.part(parts, false);
        return part == null || part.mayChange();
    }

    @Execute
    public void execute(EPartService parts) {
        ComponentsPart part = ComponentsHandler.part(parts, true);
        if (part != null) {
            part.updateServerNow();
        }
    }
}
