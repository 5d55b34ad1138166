package io.bulwark.core.move;

import io.bulwark.core.internal.move.Messages;

/** Checks that a plan read from a file holds what a run needs. */
final class MovePlans {

    private MovePlans() {
    }

    /** @return what is missing from the plan, for a person, or {@code null} if it is complete */
    static String problem(MovePlan plan) {
        if (plan == null) {
            return Messages.MovePlans_noPlan;
        }
        if (plan.moveId() == null || plan.plannedAt() == null || plan.deadline() == null || plan.source() == null
                || plan.target() == null || plan.readiness() == null || plan.load() == null
                || plan.offlineAgents() == null) {
            return Messages.MovePlans_memberMissing;
        }
        if (plan.source().url() == null || plan.target().url() == null || plan.source().serverId() == null) {
            return Messages.MovePlans_serverMissing;
        }
        for (PlannedAgent agent : plan.agents()) {
            if (agent == null || agent.id() == null || agent.disposition() == null) {
                return Messages.MovePlans_agentMissing;
            }
        }
        return null;
    }
}
