package io.bulwark.core.move;

import java.util.UUID;

/**
 * One agent of a plan, pinned by its id when the plan was made; what the plan does with it follows from its status
 * then.
 *
 * @param id
 *            the agent
 * @param hostName
 *            its host name at planning, for a person
 * @param ip
 *            its address at planning
 * @param status
 *            its status at planning ({@code online}, {@code offline}, {@code roaming}, {@code moving}), or {@code null}
 *            if the source did not know it
 * @param domainPath
 *            its domain on the source, as a path such as {@code Branch/Lab}; empty for the root
 * @param disposition
 *            what the move does with it
 */
public record PlannedAgent(UUID id, String hostName, String ip, String status, String domainPath,
        Disposition disposition) {

    /** What a move does with one agent of its plan. */
    public enum Disposition {
        /** Online: it moves on its next heartbeat. */
        MOVE_NOW,
        /** Offline or roaming: it moves when it is back online, until the deadline. */
        WAIT,
        /** Offline or roaming, and the plan skips such agents: it stays on the source. */
        SKIP,
        /** Already moving in another move: not part of this one. */
        ALREADY_MOVING,
        /** The source server does not know it (any more): not part of the move. */
        NOT_FOUND;

        /** @return whether the agent is named in the move's ticket and request */
        public boolean named() {
            return this == MOVE_NOW || this == WAIT;
        }
    }
}
