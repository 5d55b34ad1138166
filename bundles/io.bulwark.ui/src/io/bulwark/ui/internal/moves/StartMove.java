package io.bulwark.ui.internal.moves;

import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.move.DomainOutcome;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MovePlan;
import io.bulwark.core.move.MovePlanner;
import io.bulwark.core.move.StructureReplication;
import io.bulwark.core.move.StructureResult;

/**
 * Starts a planned move in the background: replicates the source's domain structure on the target first when that was
 * planned (a replication that is not complete stops here and gives the ticket back, as the command line does) and
 * places each agent in the copy of its own domain, then records the job in the shared move journal and hands it to the
 * {@link MoveFollower}, which takes its steps from there. A job that cannot be recorded gives its ticket back too.
 */
final class StartMove {

    private final MoveContext context;
    private final ServerClient source;
    private final ServerClient target;
    private final Planned planned;
    private final Shell shell;
    private volatile boolean entered;

    StartMove(MoveContext context, ServerClient source, ServerClient target, Planned planned, Shell shell) {
        this.context = context;
        this.source = source;
        this.target = target;
        this.planned = planned;
        this.shell = shell.getParent() instanceof Shell parent ? parent : shell;
    }

    void schedule() {
        MovePlan plan = planned.plan();
        new MoveCall<>(NLS.bind(Messages.StartMove_name, new Object[]{Integer.valueOf(plan.namedAgents().size()),
                plan.source().name(), plan.target().name()}), this::start, context.sync(),
                started -> context.follower().follow(started.moveId()), this::failed).schedule();
    }

    private MovePlan start(SubMonitor monitor) throws ServerException, MoveException {
        entered = true;
        MovePlan plan = planned.plan();
        monitor.setWorkRemaining(2);
        if (planned.structure() != null && !planned.structure().nothingToDo()) {
            StructureResult result;
            try {
                result = new StructureReplication(source, target).apply(planned.structure(), monitor.split(1));
            } catch (ServerException | MoveException | RuntimeException e) {
                giveBack(plan, e);
                throw e;
            }
            if (!result.complete()) {
                MoveException incomplete = new MoveException(NLS.bind(Messages.StartMove_structureIncomplete,
                        problems(result)));
                giveBack(plan, incomplete);
                throw incomplete;
            }
        }
        if (planned.structure() != null) {
            // Each agent arrives in the copy of its own domain, whether the copies were made now or exist already.
            plan = plan.placedIn(planned.structure());
        }
        try {
            context.follower().journal().create(plan);
        } catch (MoveException | RuntimeException e) {
            giveBack(plan, e);
            throw e;
        }
        return plan;
    }

    private void giveBack(MovePlan plan, Exception failure) {
        try {
            new MovePlanner(source, target).releaseTicket(plan, null);
        } catch (ServerException e) {
            failure.addSuppressed(e);
        }
    }

    private static String problems(StructureResult result) {
        StringBuilder text = new StringBuilder();
        for (DomainOutcome outcome : result.domains()) {
            if (!outcome.done()) {
                text.append('\n').append(outcome.problem() != null
                        ? outcome.problem()
                        : NLS.bind(Messages.StartMove_notReached, outcome.targetPath()));
            }
        }
        return text.toString();
    }

    private void failed(String failure) {
        if (failure == null && !entered) {
            // stopped before it began: the ticket reserved at planning is not needed
            new MoveCall<>(NLS.bind(Messages.PlanPage_givingBack, planned.plan().target().name()), monitor -> {
                new MovePlanner(source, target).releaseTicket(planned.plan(), monitor);
                return planned.plan();
            }, context.sync(), given -> {
                // the target expects nobody now
            }, notGiven -> {
                // logged by the job; the ticket lapses at the deadline
            }).schedule();
            return;
        }
        if (failure != null && !shell.isDisposed()) {
            MessageDialog.openError(shell, Messages.StartMove_failedTitle, failure);
        }
    }
}
