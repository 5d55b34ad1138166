package io.bulwark.core.internal.cli;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import io.bulwark.core.move.AgentListImport;
import io.bulwark.core.move.ListProblem;
import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.core.move.PlannedAgent;
import io.bulwark.protocol.move.MoveItemProgress;

/**
 * Whether a finished move of an agent list explains why the list no longer reads cleanly on its source: every line that
 * names no agent there names one that arrived with that move. Then running the list's move again reports how the move
 * ended; any other problem (a line that was never an agent, a host name now shared, an agent that never moved) is the
 * list's, and refused as such.
 */
final class MovedAway {

    private MovedAway() {
    }

    /**
     * @param job
     *            a finished job of the same list (same file content) and servers
     * @param imported
     *            the list as read against the source now, with problems
     * @return whether every problem is a line naming an agent that arrived with the job
     */
    static boolean explains(MoveJobRecord job, AgentListImport imported) {
        Set<UUID> arrived = new HashSet<>();
        for (MoveItemProgress item : job.items()) {
            if (MoveItemProgress.ARRIVED.equals(item.state())) {
                arrived.add(item.agentId());
            }
        }
        Set<String> names = new HashSet<>();
        for (PlannedAgent agent : job.plan().agents()) {
            if (arrived.contains(agent.id())) {
                names.add(key(agent.id().toString()));
                if (agent.hostName() != null) {
                    names.add(key(agent.hostName()));
                }
                if (agent.ip() != null) {
                    names.add(key(agent.ip()));
                }
            }
        }
        return !imported.problems().isEmpty() && imported.problems().stream()
                .allMatch(problem -> problem.kind() == ListProblem.Kind.UNKNOWN && names.contains(key(problem.text())));
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
