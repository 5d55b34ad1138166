package io.bulwark.ui.internal.components;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

import jakarta.inject.Named;

/** Shows one of the administration parts (Window menu), opening it again if it was closed. */
public class ShowPartHandler {

    /** The command parameter naming the part's id. */
    public static final String PART_ID = "io.bulwark.ui.commandparameter.partId"; //$NON-NLS-1$

    @Execute
    public void execute(EPartService parts, @Named(PART_ID) String partId) {
        parts.showPart(partId, EPartService.PartState.ACTIVATE);
    }
}
