package io.bulwark.ui.internal.settings;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.client.ForbiddenException;
import io.bulwark.client.InvalidRequestException;
import io.bulwark.client.ServerConnection;
import io.bulwark.client.ServerException;
import io.bulwark.client.VersionConflictException;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyComparison;
import io.bulwark.protocol.settings.SettingsScope;

/**
 * Saves an editor's working copy to the server in a job, with the version it is based on as {@code If-Match}. When
 * someone else saved the scope meanwhile, nothing is overwritten silently: the conflict dialog shows theirs and mine
 * and the administrator chooses.
 */
final class PolicySaver implements EditorSaver {

    /** The family of every save job, for waiting on them. */
    public static final Object JOB_FAMILY = PolicySaver.class;

    private final Shell shell;
    private final UISynchronize sync;
    private final ServerConnection connection;
    private final SettingsScope scope;
    private final String title;
    private final PolicyWorkingCopy copy;
    private final Runnable changed;
    private boolean saving;

    PolicySaver(Shell shell, UISynchronize sync, ServerConnection connection, SettingsScope scope, String title,
            PolicyWorkingCopy copy, Runnable changed) {
        this.shell = shell;
        this.sync = sync;
        this.connection = connection;
        this.scope = scope;
        this.title = title;
        this.copy = copy;
        this.changed = changed;
    }

    @Override
    public boolean isSaving() {
        return saving;
    }

    @Override
    public void save() {
        if (saving || refusedForErrors(shell, title, copy)) {
            return;
        }
        write(copy.snapshot(), copy.policy().getVersion(), copy.commandStack().getUndoCommand());
    }

    /**
     * Says so if the copy has errors.
     *
     * @return whether it has errors and must not be saved
     */
    static boolean refusedForErrors(Shell shell, String title, PolicyWorkingCopy copy) {
        long errors = ProblemGroups.errors(ProblemGroups.leaves(copy.validate()));
        if (errors > 0) {
            MessageDialog.openError(shell, Messages.PolicySaver_refusedTitle,
                    NLS.bind(Messages.PolicySaver_refused, title, Long.valueOf(errors)));
            return true;
        }
        return false;
    }

    /**
     * @param mine
     *            what to write
     * @param ifMatch
     *            the version it is based on
     * @param savedAt
     *            the last change it holds; if the administrator changed more meanwhile, the editor stays dirty
     */
    private void write(Policy mine, String ifMatch, Command savedAt) {
        Policy base = copy.base();
        saving = true;
        Job job = new Job(NLS.bind(Messages.PolicySaver_job, title)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, 100);
                try {
                    Policy stored = connection.client().policies().write(scope, mine, ifMatch, progress.split(60));
                    connection.refreshPolicy(scope, progress.split(40));
                    sync.asyncExec(() -> saved(stored, savedAt));
                    return Status.OK_STATUS;
                } catch (VersionConflictException e) {
                    return conflict(mine, base, progress.split(40));
                } catch (ServerException e) {
                    return failed(e);
                } catch (OperationCanceledException e) {
                    sync.asyncExec(() -> saving = false);
                    return Status.CANCEL_STATUS;
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
    }

    private void saved(Policy stored, Command savedAt) {
        saving = false;
        if (copy.commandStack().getUndoCommand() == savedAt) {
            copy.saved(stored);
        } else {
            copy.policy().setVersion(stored.getVersion());
        }
        changed.run();
    }

    private IStatus conflict(Policy mine, Policy base, IProgressMonitor monitor) {
        try {
            Policy theirs = connection.client().policies().read(scope, monitor);
            sync.asyncExec(() -> resolve(mine, base, theirs));
            return Status.OK_STATUS;
        } catch (ServerException e) {
            return failed(e);
        }
    }

    /** Shows theirs and mine and does what the administrator chooses. */
    private void resolve(Policy mine, Policy base, Policy theirs) {
        saving = false;
        if (shell.isDisposed()) {
            return;
        }
        ConflictDialog dialog = new ConflictDialog(shell, title, PolicyComparison.differences(theirs, mine));
        switch (dialog.open()) {
            case ConflictDialog.KEEP_THEIRS -> {
                copy.replace(theirs, theirs, false);
                changed.run();
            }
            case ConflictDialog.REAPPLY_MINE -> {
                copy.replace(PolicyComparison.reapply(base, mine, theirs), theirs, true);
                changed.run();
            }
            case ConflictDialog.OVERWRITE -> write(mine, theirs.getVersion(), copy.commandStack().getUndoCommand());
            default -> {
                // Cancelled: the changes stay, and saving again meets the same conflict.
            }
        }
    }

    private IStatus failed(ServerException e) {
        String reason;
        if (e instanceof ForbiddenException) {
            reason = Messages.PolicySaver_forbidden;
        } else if (e instanceof InvalidRequestException) {
            reason = Messages.PolicySaver_invalid;
        } else {
            reason = Messages.PolicySaver_unreachable;
        }
        String message = NLS.bind(Messages.PolicySaver_failed, new Object[]{title, e.getMessage(), reason});
        sync.asyncExec(() -> {
            saving = false;
            if (!shell.isDisposed()) {
                MessageDialog.openError(shell, Messages.PolicySaver_failedTitle, message);
            }
        });
        return Status.error(message, e);
    }
}
