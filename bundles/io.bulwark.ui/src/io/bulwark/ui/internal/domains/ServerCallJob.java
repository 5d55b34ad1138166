package io.bulwark.ui.internal.domains;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.client.ForbiddenException;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;

/**
 * One change of a server's domains or rules, in the background with progress. The tree learns the result from the
 * server's event stream; a failure is logged and shown in a dialog that says what failed and what to do.
 */
final class ServerCallJob extends Job {

    /** The family of these jobs, so tests and the console can wait for them. */
    static final Object FAMILY = ServerCallJob.class;

    /** A call on the server. */
    @FunctionalInterface
    interface ServerCall {
        void run(ServerClient client, IProgressMonitor monitor) throws ServerException;
    }

    private final ServerClient client;
    private final ServerCall call;
    private final Shell shell;
    private final UISynchronize sync;
    private final String advice;

    /**
     * @param name
     *            what the job does, e.g. "Creating domain X on Head office"
     * @param advice
     *            what to do when it fails, shown under the failure
     */
    ServerCallJob(String name, String advice, ServerClient client, ServerCall call, Shell shell, UISynchronize sync) {
        super(name);
        this.client = client;
        this.call = call;
        this.shell = shell;
        this.sync = sync;
        this.advice = advice;
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
            call.run(client, progress.split(1));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (ServerException | RuntimeException e) {
            String what = e instanceof ForbiddenException ? Messages.ServerCallJob_forbidden : advice;
            String message = NLS.bind(Messages.ServerCallJob_failed, new Object[]{getName(), e.getMessage(), what});
            ILog.of(ServerCallJob.class).warn(message, e);
            sync.asyncExec(() -> {
                if (!shell.isDisposed()) {
                    MessageDialog.openError(shell, Messages.ServerCallJob_title, message);
                }
            });
            return Status.warning(message, e);
        }
    }
}
