package io.bulwark.ui.internal.details;

import java.util.UUID;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerConnection;
import io.bulwark.client.ServerException;
import io.bulwark.protocol.settings.SettingsScope;

/**
 * Loads what the agent listing leaves out, when an agent is looked at: its details and inventory, and its own policy.
 * Both land in the model through the connection, on the model thread, so the Details part sees them as model changes.
 */
final class AgentDetailsJob extends Job {

    /** The family of these jobs, so they can be waited for or cancelled together. */
    static final Object FAMILY = AgentDetailsJob.class;

    private final ServerConnection connection;
    private final String agentId;
    private final String hostName;
    private volatile String failure;

    AgentDetailsJob(ServerConnection connection, String agentId, String hostName) {
        super(NLS.bind(Messages.Details_loadJob, hostName));
        this.connection = connection;
        this.agentId = agentId;
        this.hostName = hostName;
        setUser(false);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    /** @return why loading failed, in words for the Details part, or {@code null} if it did not fail */
    String failure() {
        return failure;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 2);
        try {
            connection.refreshAgent(UUID.fromString(agentId), progress.split(1));
            connection.refreshPolicy(SettingsScope.agent(agentId), progress.split(1));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (ServerException | RuntimeException e) {
            failure = NLS.bind(Messages.Details_loadFailed, hostName, e.getMessage());
            ILog.of(AgentDetailsJob.class).warn(failure, e);
            return Status.warning(failure, e);
        }
    }
}
