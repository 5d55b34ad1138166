package io.bulwark.ui.internal.servers;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.core.CertificateRefusal;
import io.bulwark.core.CredentialsException;
import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerCredentials;
import io.bulwark.core.ServerRegistryException;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.ManagementServer;

/**
 * Connects servers the way an administrator asked for it: in the connections' background job, and when the job ends on
 * a certificate that waits for a decision, asks for that decision ({@link CertificateDialog}), pins or replaces the
 * fingerprint and connects again. Any other failure is shown with what failed and what to do. Call on the UI thread,
 * which is the model thread.
 */
final class ServerConnect {

    private final ServerConnections connections;
    private final ServerRegistryService registry;
    private final UISynchronize sync;
    private final Shell shell;

    ServerConnect(ServerConnections connections, ServerRegistryService registry, UISynchronize sync, Shell shell) {
        this.connections = connections;
        this.registry = registry;
        this.sync = sync;
        this.shell = shell;
    }

    /** Connects a server in the background and follows up on the result. */
    void connect(ManagementServer server) {
        Job job = connections.connect(server);
        AtomicBoolean followed = new AtomicBoolean();
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (followed.compareAndSet(false, true)) {
                    sync.asyncExec(() -> followUp(server, event.getResult()));
                }
            }
        });
        // A job that ended before the listener was added reports nothing to it.
        if (job.getState() == Job.NONE && job.getResult() != null && followed.compareAndSet(false, true)) {
            followUp(server, job.getResult());
        }
    }

    /**
     * Stores a server's password in a background job (it may ask for the master password), then connects it. A password
     * that cannot be stored is reported with what to do, and the server stays disconnected.
     *
     * @param password
     *            cleared once stored
     */
    void storePasswordAndConnect(ManagementServer server, char[] password, ServerCredentials credentials) {
        String name = server.getName();
        Job job = Job.create(NLS.bind(Messages.ServerConnect_storingPassword, name), monitor -> {
            SubMonitor progress = SubMonitor.convert(monitor, 1);
            try {
                credentials.storePassword(server, password);
                progress.worked(1);
                return Status.OK_STATUS;
            } catch (CredentialsException e) {
                return Status.error(NLS.bind(Messages.ServerConnect_passwordNotStored, name, e.getMessage()), e);
            } finally {
                Arrays.fill(password, '\0');
            }
        });
        job.addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                sync.asyncExec(() -> {
                    if (event.getResult().isOK()) {
                        connect(server);
                    } else {
                        ServerMessages.showError(parent(), NLS.bind(Messages.ServerConnect_failed, name),
                                event.getResult().getMessage());
                    }
                });
            }
        });
        job.setUser(true);
        job.schedule();
    }

    private void followUp(ManagementServer server, IStatus result) {
        if (result == null || result.isOK() || result.getSeverity() == IStatus.CANCEL) {
            return;
        }
        CertificateRefusal refusal = CertificateRefusal.of(result).orElse(null);
        if (refusal == null) {
            ServerMessages.showError(parent(), NLS.bind(Messages.ServerConnect_failed, server.getName()),
                    result.getMessage());
            return;
        }
        if (new CertificateDialog(parent(), server, refusal).open() != Window.OK) {
            return;
        }
        try {
            if (refusal.isChange()) {
                registry.replacePinnedCertificate(server, refusal.presented());
            } else {
                registry.pinCertificate(server, refusal.presented());
            }
        } catch (ServerRegistryException e) {
            ServerMessages.showError(parent(), NLS.bind(Messages.ServerConnect_pinFailed, server.getName()),
                    e.getMessage());
            return;
        }
        connect(server);
    }

    private Shell parent() {
        return shell == null || shell.isDisposed() ? null : shell;
    }
}
