package io.bulwark.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;

import org.eclipse.core.runtime.IProgressMonitor;

import io.bulwark.client.internal.mapping.AgentMapping;
import io.bulwark.model.tree.OutdatedVerdict;
import io.bulwark.protocol.admin.AgentSummary;

/**
 * Asks a server which of its agents are out of date and puts the answer into the live model, so the console can show
 * them: one request per server ({@code GET /api/v1/agents?outdated=true} as a stream), since the server judges by the
 * versions agents report in their heartbeats. The agents out of date arrive with their component versions, which are
 * set on the model's agents; the verdict on every agent is kept as the tree's {@link OutdatedVerdict}. Agent listings
 * and the event stream carry no component versions otherwise (they would make every listing of a large fleet several
 * times larger). Run as a cancellable job by whoever asks.
 */
public final class AgentComponentScan {

    private final ServerConnection connection;
    private final Executor modelExecutor;

    /**
     * @param connection
     *            the live connection whose agents to judge
     * @param modelExecutor
     *            runs tasks on the model thread, the one the connection applies its changes on
     */
    public AgentComponentScan(ServerConnection connection, Executor modelExecutor) {
        this.connection = Objects.requireNonNull(connection, "connection"); //$NON-NLS-1$
        this.modelExecutor = Objects.requireNonNull(modelExecutor, "modelExecutor"); //$NON-NLS-1$
    }

    /**
     * Reads the agents out of date and applies them to the model (on the model thread): their component versions, and
     * the verdict on every agent of the tree.
     *
     * @param monitor
     *            progress and cancellation
     * @return how many agents the server listed as out of date
     * @throws ServerException
     *             if the server cannot be read
     */
    public int run(IProgressMonitor monitor) throws ServerException {
        List<AgentSummary> outdated = new ArrayList<>();
        connection.client().streamAgents(AgentQuery.all().withOutdatedOnly(), outdated::add, monitor);
        List<String> ids = outdated.stream().map(agent -> agent.id().toString()).toList();
        modelExecutor.execute(() -> {
            AgentMapping.applyComponentVersions(connection.tree(), outdated);
            OutdatedVerdict.record(connection.tree(), ids);
        });
        return outdated.size();
    }
}
