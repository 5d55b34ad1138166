package io.bulwark.ui.internal.settings;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.common.command.Command;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.core.policy.PolicyFileException;
import io.bulwark.core.policy.PolicyTarget;
import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.core.policy.ScopePolicy;
import io.bulwark.model.settings.Policy;

/**
 * Saves an editor's working copy of a workspace scope to its file in a job; no server is contacted. The file keeps the
 * base it holds now (a pull or an apply may have moved it since the editor opened), and the workspace writes it
 * atomically, keeping the last good copy.
 */
final class WorkspaceSaver implements EditorSaver {

    private final Shell shell;
    private final UISynchronize sync;
    private final IEventBroker events;
    private final PolicyWorkspace workspace;
    private final PolicyTarget target;
    private final String title;
    private final PolicyWorkingCopy copy;
    private final Runnable changed;
    private boolean saving;

    WorkspaceSaver(Shell shell, UISynchronize sync, IEventBroker events, PolicyWorkspace workspace,
            PolicyTarget target, String title, PolicyWorkingCopy copy, Runnable changed) {
        this.shell = shell;
        this.sync = sync;
        this.events = events;
        this.workspace = workspace;
        this.target = target;
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
        if (saving || PolicySaver.refusedForErrors(shell, title, copy)) {
            return;
        }
        Policy mine = copy.snapshot();
        Command savedAt = copy.commandStack().getUndoCommand();
        saving = true;
        Job job = new Job(NLS.bind(Messages.WorkspaceSaver_job, title)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                try {
                    ScopePolicy held = workspace.read(target);
                    workspace.save(new ScopePolicy(held.target(), held.base(), mine));
                } catch (PolicyFileException e) {
                    return failed(e);
                }
                events.post(OfflineSettingsEditors.WORKSPACE_CHANGED_TOPIC, target);
                sync.asyncExec(() -> saved(mine, savedAt));
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == PolicySaver.JOB_FAMILY;
            }
        };
        job.setUser(true);
        job.schedule();
    }

    private void saved(Policy stored, Command savedAt) {
        saving = false;
        if (copy.commandStack().getUndoCommand() == savedAt) {
            copy.saved(stored);
        }
        changed.run();
    }

    private IStatus failed(PolicyFileException e) {
        String message = NLS.bind(Messages.WorkspaceSaver_failed, title, e.getMessage());
        sync.asyncExec(() -> {
            saving = false;
            if (!shell.isDisposed()) {
                MessageDialog.openError(shell, Messages.PolicySaver_failedTitle, message);
            }
        });
        return Status.error(message, e);
    }
}
