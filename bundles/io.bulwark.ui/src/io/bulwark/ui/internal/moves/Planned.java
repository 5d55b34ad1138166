package io.bulwark.ui.internal.moves;

import org.eclipse.core.runtime.SubMonitor;

import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MovePlan;
import io.bulwark.core.move.MovePlanRequest;
import io.bulwark.core.move.MovePlanner;
import io.bulwark.core.move.StructurePlan;
import io.bulwark.core.move.StructureReplication;
import io.bulwark.core.move.StructureRequest;

/**
 * A move as the wizard planned it: the plan, the structure replication to carry out first when one was asked for, and
 * the clients it was planned with, so its ticket goes back to the server that issued it whatever is chosen later.
 *
 * @param plan
 *            the move's plan; its ticket was reserved at planning when the target was ready
 * @param structure
 *            the domains to create and settings to copy on the target first, or {@code null} if none was asked for
 * @param source
 *            the source's client
 * @param target
 *            the target's client, which issued the ticket
 */
record Planned(MovePlan plan, StructurePlan structure, ServerClient source, ServerClient target) {

    /**
     * Plans a move, and the structure replication when asked. If planning the replication fails or is stopped, the
     * ticket the plan reserved is given back before the failure is passed on.
     *
     * @param source
     *            the source's client
     * @param target
     *            the target's client
     * @param request
     *            the move
     * @param replicate
     *            whether the source's domain structure is replicated first
     * @param allSettings
     *            whether the replication copies every setting rather than the scan method only
     * @param monitor
     *            progress and cancellation
     * @return the plans
     * @throws ServerException
     *             if the source cannot be read
     * @throws MoveException
     *             if the request cannot be planned
     */
    static Planned plan(ServerClient source, ServerClient target, MovePlanRequest request, boolean replicate,
            boolean allSettings, SubMonitor monitor) throws ServerException, MoveException {
        monitor.setWorkRemaining(replicate ? 10 : 7);
        MovePlanner planner = new MovePlanner(source, target);
        MovePlan plan = planner.plan(request, monitor.split(7));
        if (!replicate || !plan.readiness().ready()) {
            return new Planned(plan, null, source, target);
        }
        try {
            StructurePlan structure = new StructureReplication(source, target)
                    .plan(StructureRequest.forMove(plan, allSettings), monitor.split(3));
            return new Planned(plan, structure, source, target);
        } catch (ServerException | MoveException | RuntimeException e) {
            try {
                planner.releaseTicket(plan, null);
            } catch (ServerException notGivenBack) {
                e.addSuppressed(notGivenBack);
            }
            throw e;
        }
    }
}
