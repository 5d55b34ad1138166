package io.bulwark.ui.internal.moves;

import org.eclipse.swt.widgets.Shell;

/** Opens the Move to Server wizard, from the command or from a drop onto another server. */
final class MoveWizards {

    private MoveWizards() {
    }

    /**
     * Opens the wizard and returns when it is closed; the move it starts goes on in the background.
     *
     * @param shell
     *            the window it belongs to
     * @param proposal
     *            the agents and, after a drop, the target
     * @param context
     *            what the wizard works with
     */
    static void open(Shell shell, MoveProposal proposal, MoveContext context) {
        new MoveWizardDialog(shell, new MoveWizard(proposal, context)).open();
    }
}
