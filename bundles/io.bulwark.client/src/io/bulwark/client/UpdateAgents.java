package io.bulwark.client;

import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;

import io.bulwark.client.internal.TypedCalls;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.admin.AgentBatch;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.UpdateAgentRequest;

/**
 * Chooses the update agents of a server: agents that pass components on to their peers, e.g. in a remote office behind
 * a slow link. Obtained from {@link ServerClient#updateAgents()}; shares its client's session, trust and cancellation.
 */
public final class UpdateAgents {

    private final TypedCalls calls;

    UpdateAgents(TypedCalls calls) {
        this.calls = calls;
    }

    /**
     * Makes agents update agents, or ordinary agents again.
     *
     * @param agentIds
     *            the agents, 1 to 10,000
     * @param updateAgent
     *            {@code true} to make them update agents, {@code false} to take the role back
     * @param idempotencyKey
     *            the key of this one change, or {@code null} for a fresh one
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the agents as they are now
     * @throws ServerException
     *             if the call fails
     */
    public List<AgentSummary> mark(List<UUID> agentIds, boolean updateAgent, String idempotencyKey,
            IProgressMonitor monitor) throws ServerException {
        return calls.mutate("POST", ApiPaths.AGENTS_UPDATE_AGENTS, //$NON-NLS-1$
                new UpdateAgentRequest(agentIds, Boolean.valueOf(updateAgent)), idempotencyKey, AgentBatch.class,
                monitor).agents();
    }
}
