package io.bulwark.ui.internal.agents;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;

/**
 * Moves agents into another domain of their own server in the background: one call with its own idempotency key, so a
 * retried request moves nothing twice. The server's event stream then brings the agents to their new place in the live
 * model; this job changes no model itself.
 */
final class MoveAgentsJob extends Job {

    /** The family of every agent move between domains, for waiting on them. */
    static final Object FAMILY = MoveAgentsJob.class;

    private final ServerClient client;
    private final List<UUID> agents;
    private final Long domainId;
    private final String target;
    private final String serverName;
    private final String idempotencyKey = UUID.randomUUID().toString();
    private final Consumer<String> problems;

    /**
     * @param client
     *            the agents' server
     * @param agents
     *            the agents to move
     * @param domainId
     *            the target domain, or {@code null} for the server's root
     * @param target
     *            the target's name, for the progress and messages
     * @param serverName
     *            the server's name, for messages
     * @param problems
     *            told what failed and what to do, on a background thread
     */
    MoveAgentsJob(ServerClient client, List<UUID> agents, Long domainId, String target, String serverName,
            Consumer<String> problems) {
        super(NLS.bind(Messages.MoveAgentsJob_name, Integer.valueOf(agents.size()), target));
        this.client = client;
        this.agents = List.copyOf(agents);
        this.domainId = domainId;
        this.target = target;
        this.serverName = serverName;
        this.problems = problems;
        setUser(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 1);
        try {
            client.moveAgents(agents, domainId, idempotencyKey, progress.split(1));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (ServerException e) {
            if (monitor.isCanceled()) {
                return Status.CANCEL_STATUS;
            }
            String message = NLS.bind(Messages.MoveAgentsJob_failed,
                    new Object[]{Integer.valueOf(agents.size()), target, serverName, e.getMessage()});
            ILog.of(MoveAgentsJob.class).error(message, e);
            problems.accept(message);
            return Status.error(message, e);
        }
    }
}
