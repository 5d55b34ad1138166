package io.bulwark.server.internal.agents;

import java.util.List;
import java.util.UUID;

import io.bulwark.server.internal.commands.QueuedCommand;

/**
 * What the agent API tells the moves feature, so that moving agents between servers needs no polling: a heartbeat of an
 * agent this server does not own yet (it may have arrived with a ticket), every heartbeat of an agent it owns (it may
 * be waiting to move), and a relocation that failed.
 */
public interface AgentMoves {

    /** Moves nothing: for a server without the moves feature. */
    AgentMoves NONE = new AgentMoves() {
        @Override
        public boolean arriving(UUID agentId) {
            return false;
        }

        @Override
        public void heartbeat(UUID agentId, boolean roaming) {
            // nothing waits
        }

        @Override
        public List<QueuedCommand> handOutAgain(UUID agentId) {
            return List.of();
        }

        @Override
        public void relocateFailed(UUID agentId, long commandId, String message) {
            // nothing moves
        }
    };

    /**
     * An agent this server does not own heartbeated. If it arrived with a ticket, its provisional record becomes an
     * agent of this server now.
     *
     * @param agentId
     *            the agent
     * @return whether this server owns it now
     * @throws Exception
     *             if its record cannot be made
     */
    boolean arriving(UUID agentId) throws Exception;

    /**
     * An agent this server owns heartbeated: one waiting to move, heartbeating from inside the network, gets its
     * relocate command now. Costs nothing for other agents.
     *
     * @param agentId
     *            the agent
     * @param roaming
     *            whether it reported roaming
     * @throws Exception
     *             if its command cannot be queued
     */
    void heartbeat(UUID agentId, boolean roaming) throws Exception;

    /**
     * An agent this server owns heartbeated: one that is moving, whose relocate command was handed out but that neither
     * reported a result for it nor departed, may have lost the heartbeat reply that carried it (a connection dropped,
     * the agent killed), so it gets the same command again. Costs nothing for agents that are not moving.
     *
     * @param agentId
     *            the agent
     * @return the commands to hand out again, usually none
     * @throws Exception
     *             if the move cannot be read
     */
    List<QueuedCommand> handOutAgain(UUID agentId) throws Exception;

    /**
     * An agent reported that a relocate command failed: its move rolls it back.
     *
     * @param agentId
     *            the agent
     * @param commandId
     *            the failed command
     * @param message
     *            the agent's reason, or {@code null}
     * @throws Exception
     *             if the move cannot be updated
     */
    void relocateFailed(UUID agentId, long commandId, String message) throws Exception;
}
