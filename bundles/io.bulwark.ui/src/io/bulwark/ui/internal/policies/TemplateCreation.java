package io.bulwark.ui.internal.policies;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.core.policy.PolicyFileException;
import io.bulwark.core.policy.PolicyTemplate;
import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyGroups;
import io.bulwark.ui.internal.settings.OfflineSettingsEditors;

/**
 * Makes a new template in the workspace, empty or from a scope's copy: reads the copy in a job, asks for the name and
 * the groups in the New Template dialog, saves the template through the core in a job, then opens it in the settings
 * editor. No server is contacted.
 */
final class TemplateCreation {

    private final PolicyWorkspace workspace;
    private final Shell shell;
    private final UISynchronize sync;
    private final IEventBroker events;
    private final Consumer<String> editor;

    /**
     * @param editor
     *            opens a template by name in the settings editor; called on the UI thread
     */
    TemplateCreation(PolicyWorkspace workspace, Shell shell, UISynchronize sync, IEventBroker events,
            Consumer<String> editor) {
        this.workspace = workspace;
        this.shell = shell;
        this.sync = sync;
        this.events = events;
        this.editor = editor;
    }

    /** Asks for an empty template's name, then makes it. Call on the UI thread. */
    void startEmpty() {
        ask(null, null);
    }

    /** Reads the copy in a job, then asks which of its groups the template takes, then makes it. */
    void startFrom(WorkspaceCopy copy) {
        String source = NLS.bind(Messages.TemplateCreation_source, copy.scopeName(), copy.serverName());
        Job job = Job.create(NLS.bind(Messages.TemplateCreation_readJob, source), monitor -> {
            Policy settings;
            try {
                settings = workspace.read(copy.target()).settings();
            } catch (PolicyFileException e) {
                return failed(e);
            }
            sync.asyncExec(() -> ask(source, settings));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    private void ask(String source, Policy from) {
        if (shell.isDisposed()) {
            return;
        }
        List<EReference> offered = from == null
                ? List.of()
                : PolicyGroups.all().stream().filter(group -> from.eGet(group) != null).toList();
        NewTemplateDialog dialog = new NewTemplateDialog(shell, source, offered, workspace::containsTemplate);
        if (dialog.open() != NewTemplateDialog.OK) {
            return;
        }
        PolicyTemplate template = PolicyTemplate.of(dialog.name(), from, dialog.groups());
        Job job = Job.create(NLS.bind(Messages.TemplateCreation_saveJob, template.name()), monitor -> {
            if (workspace.containsTemplate(template.name())) {
                return failed(NLS.bind(Messages.NewTemplateDialog_nameTaken, template.name()), null);
            }
            try {
                workspace.save(template);
            } catch (PolicyFileException e) {
                return failed(e);
            }
            events.post(OfflineSettingsEditors.WORKSPACE_CHANGED_TOPIC, template.name());
            sync.asyncExec(() -> editor.accept(template.name()));
            return Status.OK_STATUS;
        });
        job.setUser(true);
        job.schedule();
    }

    private IStatus failed(PolicyFileException e) {
        return failed(e.getMessage(), e);
    }

    private IStatus failed(String reason, Exception e) {
        String message = NLS.bind(Messages.TemplateCreation_failed, reason);
        sync.asyncExec(() -> Dialogs.error(shell, Messages.TemplateCreation_failedTitle, message));
        return Status.error(message, e);
    }
}
