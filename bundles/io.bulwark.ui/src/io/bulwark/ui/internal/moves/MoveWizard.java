package io.bulwark.ui.internal.moves;

import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerClient;
import io.bulwark.core.migration.Campaign;

/**
 * Move to Server: choose the agents, the target and the options; see the plan before anything happens; finish to start
 * the move, which the {@link MoveFollower} then carries out and the Moves part shows. Cancelling after planning gives
 * the target's ticket back. Agents chosen to move in waves are planned as a campaign instead ({@link CampaignPage}),
 * and Finish records it and starts its first wave.
 */
final class MoveWizard extends Wizard {

    private final MoveChoice choice;
    private final MoveContext context;
    private ChoosePage choosePage;
    private PlanPage planPage;
    private CampaignPage campaignPage;

    MoveWizard(MoveProposal proposal, MoveContext context) {
        this.choice = new MoveChoice(proposal);
        this.context = context;
        setWindowTitle(NLS.bind(Messages.MoveWizard_title, proposal.source().getName()));
        setNeedsProgressMonitor(false);
    }

    @Override
    public void addPages() {
        choosePage = new ChoosePage(choice, context);
        addPage(choosePage);
        planPage = new PlanPage(choice, context);
        addPage(planPage);
        campaignPage = new CampaignPage(choice, context);
        addPage(campaignPage);
    }

    /** After the choices, the plan of one move or of a campaign in waves; both are the last page. */
    @Override
    public IWizardPage getNextPage(IWizardPage page) {
        if (page == choosePage) {
            return choice.waves().enabled() ? campaignPage : planPage;
        }
        return null;
    }

    @Override
    public boolean canFinish() {
        if (getContainer() == null) {
            return false;
        }
        IWizardPage current = getContainer().getCurrentPage();
        return current == planPage && planPage.isReady() || current == campaignPage && campaignPage.isReady();
    }

    @Override
    public boolean performFinish() {
        ServerClient source = context.servers().client(choice.source());
        ServerClient target = choice.target() == null ? null : context.servers().client(choice.target());
        boolean waves = getContainer().getCurrentPage() == campaignPage;
        if (source == null || target == null) {
            (waves ? campaignPage : planPage).setErrorMessage(Messages.PlanPage_notConnected);
            return false;
        }
        if (waves) {
            Campaign campaign = campaignPage.campaign();
            if (campaign == null) {
                return false;
            }
            new StartCampaign(context, source, target, campaign, getShell()).schedule();
        } else {
            Planned planned = planPage.takePlan();
            if (planned == null) {
                return false;
            }
            new StartMove(context, source, target, planned, getShell()).schedule();
        }
        context.showMoves().run();
        return true;
    }

    @Override
    public boolean performCancel() {
        planPage.close();
        return true;
    }
}
