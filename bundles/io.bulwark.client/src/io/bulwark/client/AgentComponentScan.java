package io.bulwark.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.Executor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.bulwark.client.internal.mapping.AgentMapping;
import io.bulwark.protocol.admin.AgentDetail;

/**
 * Reads the component versions every agent of a server last reported into the live model, so the console can tell which
 * agents are out of date. Agent listings and the event stream carry no component versions (they would make every
 * listing of a large fleet several times larger), so this reads each agent's details: one call per agent, run as a
 * cancellable job by whoever asks.
 */
public final class AgentComponentScan {

    private final ServerConnection connection;
    private final Executor modelExecutor;

    /**
     * @param connection
     *            the live connection whose agents to read
     * @param modelExecutor
     *            runs tasks on the model thread, the one the connection applies its changes on
     */
    public AgentComponentScan(ServerConnection connection, Executor modelExecutor) {
        this.connection = Objects.requireNonNull(connection, "connection"); //$NON-NLS-1$
        this.modelExecutor = Objects.requireNonNull(modelExecutor, "modelExecutor"); //$NON-NLS-1$
    }

    /**
     * Reads every agent's details and applies them to the model (on the model thread). Agents that left the server
     * while reading are passed over.
     *
     * @param monitor
     *            progress, one unit per agent, and cancellation
     * @return how many agents were read
     * @throws ServerException
     *             if the server cannot be read
     */
    public int run(IProgressMonitor monitor) throws ServerException {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        ServerClient client = connection.client();
        List<UUID> ids = new ArrayList<>();
        client.streamAgents(AgentQuery.all(), agent -> ids.add(agent.id()), progress.split(10));
        SubMonitor details = progress.split(90).setWorkRemaining(ids.size());
        int read = 0;
        for (UUID id : ids) {
            AgentDetail detail;
            try {
                detail = client.agent(id, details.split(1));
            } catch (NotFoundException e) {
                continue;
            }
            modelExecutor.execute(() -> AgentMapping.applyDetail(connection.tree(), detail));
            read++;
        }
        return read;
    }
}
