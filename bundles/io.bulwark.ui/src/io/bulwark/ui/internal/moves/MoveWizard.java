package io.bulwark.ui.internal.moves;

import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerClient;

/**
 * Move to Server: choose the agents, the target and the options; see the plan before anything happens; finish to start
 * the move, which the {@link MoveFollower} then carries out and the Moves part shows. Cancelling after planning gives
 * the target's ticket back.
 */
final class MoveWizard extends Wizard {

    private final MoveChoice choice;
    private final MoveContext context;
    private PlanPage planPage;

    MoveWizard(MoveProposal proposal, MoveContext context) {
        this.choice = new MoveChoice(proposal);
        this.context = context;
        setWindowTitle(NLS.bind(Messages.MoveWizard_title, proposal.source().getName()));
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        addPage(new ChoosePage(choice, context));
        planPage = new PlanPage(choice, context);
        addPage(planPage);
    }

    @Override
    public boolean canFinish() {
        return getContainer() != null && getContainer().getCurrentPage() == planPage && planPage.isReady();
    }

    @Override
    public boolean performFinish() {
        ServerClient source = context.servers().client(choice.source());
        ServerClient target = choice.target() == null ? null : context.servers().client(choice.target());
        if (source == null || target == null) {
            planPage.setErrorMessage(Messages.PlanPage_notConnected);
            return false;
        }
        Planned planned = planPage.takePlan();
        if (planned == null) {
            return false;
        }
        new StartMove(context, source, target, planned, getShell()).schedule();
        context.showMoves().run();
        return true;
    }

    @Override
    public boolean performCancel() {
        planPage.close();
        return true;
    }
}
