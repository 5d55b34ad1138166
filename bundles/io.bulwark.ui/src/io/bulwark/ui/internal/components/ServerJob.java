package io.bulwark.ui.internal.components;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ConflictException;
import io.bulwark.client.ForbiddenException;
import io.bulwark.client.NotFoundException;
import io.bulwark.client.ServerConnection;
import io.bulwark.client.ServerException;
import io.bulwark.client.ServerUnreachableException;
import io.bulwark.model.ManagementServer;

/**
 * One administration call (or a few) on one server, as a cancellable job with progress. Its outcome reaches the UI
 * thread: the result on success, else a message that says what failed and what to do, which the job also returns as its
 * status so the failure is logged.
 *
 * @param <T>
 *            what the work returns
 */
public final class ServerJob<T> extends Job {

    /** The family of every administration job, for waiting on them or cancelling them together. */
    public static final Object FAMILY = ServerJob.class;

    /**
     * The calls of the job.
     *
     * @param <T>
     *            what they return
     */
    @FunctionalInterface
    public interface Work<T> {
        /**
         * @param connection
         *            the server's live connection
         * @param monitor
         *            progress and cancellation
         * @return the result
         * @throws ServerException
         *             if a call fails
         */
        T run(ServerConnection connection, SubMonitor monitor) throws ServerException;
    }

    private final ServerConnection connection;
    private final String action;
    private final Work<T> work;
    private final UISynchronize sync;
    private final Consumer<T> onSuccess;
    private final Consumer<String> onFailure;

    /**
     * @param action
     *            what the job does, in words, e.g. "Updating the server's components"
     * @param server
     *            the server
     * @param connection
     *            its live connection
     * @param work
     *            the calls
     * @param sync
     *            the UI thread
     * @param onSuccess
     *            receives the result on the UI thread
     * @param onFailure
     *            receives what failed and what to do, on the UI thread
     */
    public ServerJob(String action, ManagementServer server, ServerConnection connection, Work<T> work,
            UISynchronize sync, Consumer<T> onSuccess, Consumer<String> onFailure) {
        super(NLS.bind(Messages.ServerJob_name, action, server.getName()));
        this.connection = connection;
        this.action = action;
        this.work = work;
        this.sync = sync;
        this.onSuccess = onSuccess;
        this.onFailure = onFailure;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 1);
        try {
            T result = work.run(connection, progress.split(1));
            sync.asyncExec(() -> onSuccess.accept(result));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            sync.asyncExec(() -> onFailure.accept(NLS.bind(Messages.ServerJob_cancelled, action)));
            return Status.CANCEL_STATUS;
        } catch (ServerException | RuntimeException e) {
            String message = NLS.bind(Messages.ServerJob_failed,
                    new Object[]{action, connection.server().getName(), e.getMessage(), whatToDo(e)});
            sync.asyncExec(() -> onFailure.accept(message));
            ILog.of(ServerJob.class).warn(message, e);
            return Status.warning(message, e);
        }
    }

    private static String whatToDo(Exception e) {
        if (e instanceof ForbiddenException) {
            return Messages.ServerJob_forbidden;
        }
        if (e instanceof ServerUnreachableException) {
            return Messages.ServerJob_unreachable;
        }
        if (e instanceof ConflictException || e instanceof NotFoundException) {
            return Messages.ServerJob_refresh;
        }
        return Messages.ServerJob_tryAgain;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
