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
 * planned (a replication that is not complete stops here and gives the ticket back, as the command line does), then
 * records the job in the shared move journal and hands it to the {@link MoveFollower}, which takes its steps from
 * there.
 */
final class StartMove {

    private final MoveContext context;
    private final ServerClient source;
    private final ServerClient target;
    private final Planned planned;
    private final Shell shell;

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
        context.follower().journal().create(plan);
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
        if (failure != null && !shell.isDisposed()) {
            MessageDialog.openError(shell, Messages.StartMove_failedTitle, failure);
        }
    }
}
