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
import io.bulwark.core.policy.PolicyTemplate;
import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.core.policy.ScopePolicy;
import io.bulwark.model.settings.Policy;

/**
 * Saves an editor's working copy of a workspace scope or template to its file in a job; no server is contacted. The
 * file keeps the base (a copy's) or bases (a template's) it holds now, since a pull or an apply may have moved them
 * since the editor opened, and the workspace writes it atomically, keeping the last good copy.
 */
final class WorkspaceSaver implements EditorSaver {

    /** Writes edited settings to the workspace through the core. */
    @FunctionalInterface
    interface FileWrite {
        /** Writes the settings, keeping what else the file holds. */
        void write(Policy settings) throws PolicyFileException;
    }

    private final Shell shell;
    private final UISynchronize sync;
    private final IEventBroker events;
    private final Object subject;
    private final FileWrite write;
    private final String title;
    private final PolicyWorkingCopy copy;
    private final Runnable changed;
    private boolean saving;

    /**
     * @param subject
     *            what was written, posted with {@link OfflineSettingsEditors#WORKSPACE_CHANGED_TOPIC}
     */
    private WorkspaceSaver(Shell shell, UISynchronize sync, IEventBroker events, Object subject, FileWrite write,
            String title, PolicyWorkingCopy copy, Runnable changed) {
        this.shell = shell;
        this.sync = sync;
        this.events = events;
        this.subject = subject;
        this.write = write;
        this.title = title;
        this.copy = copy;
        this.changed = changed;
    }

    /** @return a saver of a scope's copy, keeping the base its file holds */
    static WorkspaceSaver ofCopy(Shell shell, UISynchronize sync, IEventBroker events, PolicyWorkspace workspace,
            PolicyTarget target, String title, PolicyWorkingCopy copy, Runnable changed) {
        return new WorkspaceSaver(shell, sync, events, target, settings -> {
            ScopePolicy held = workspace.read(target);
            workspace.save(new ScopePolicy(held.target(), held.base(), settings));
        }, title, copy, changed);
    }

    /** @return a saver of a template, keeping the bases of its targets its file holds */
    static WorkspaceSaver ofTemplate(Shell shell, UISynchronize sync, IEventBroker events, PolicyWorkspace workspace,
            String name, String title, PolicyWorkingCopy copy, Runnable changed) {
        return new WorkspaceSaver(shell, sync, events, name, settings -> {
            PolicyTemplate held = workspace.readTemplate(name);
            workspace.save(new PolicyTemplate(held.name(), settings, held.bases()));
        }, title, copy, changed);
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
                    write.write(mine);
                } catch (PolicyFileException e) {
                    return failed(e);
                }
                events.post(OfflineSettingsEditors.WORKSPACE_CHANGED_TOPIC, subject);
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
