package io.bulwark.server.internal.agents;

import java.util.UUID;

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
