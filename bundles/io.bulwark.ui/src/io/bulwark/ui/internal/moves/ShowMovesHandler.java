package io.bulwark.ui.internal.moves;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Window → Moves: brings the Moves part to the front, opening it again if it was closed. */
public class ShowMovesHandler {

    @Execute
    public void execute(EPartService parts) {
        MovesPart.show(parts);
    }
}
