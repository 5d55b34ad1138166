package io.bulwark.ui.internal.policies;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.policy.LocalChangesException;
import io.bulwark.core.policy.PolicyException;
import io.bulwark.core.policy.PolicyFileException;
import io.bulwark.core.policy.PolicyPull;
import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.core.policy.ScopePolicy;
import io.bulwark.core.policy.WorkspaceScope;
import io.bulwark.ui.internal.settings.OfflineSettingsEditors;

/**
 * Pulls scopes of one server into the policy workspace in the background. Copies with local changes are never replaced
 * silently: the pull stops without writing, the administrator is asked, and only a confirmed pull discards them.
 */
final class TakeOfflineJob extends Job {

    /** The family of every take-offline job, for waiting on them. */
    static final Object FAMILY = TakeOfflineJob.class;

    private final PolicyWorkspace workspace;
    private final ServerClient client;
    private final String serverName;
    private final List<WorkspaceScope> scopes;
    private final boolean discardLocal;
    private final Shell shell;
    private final UISynchronize sync;
    private final IEventBroker events;

    TakeOfflineJob(PolicyWorkspace workspace, ServerClient client, String serverName, List<WorkspaceScope> scopes,
            boolean discardLocal, Shell shell, UISynchronize sync, IEventBroker events) {
        super(NLS.bind(Messages.TakeOfflineJob_name, serverName));
        this.workspace = workspace;
        this.client = client;
        this.serverName = serverName;
        this.scopes = List.copyOf(scopes);
        this.discardLocal = discardLocal;
        this.shell = shell;
        this.sync = sync;
        this.events = events;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        try {
            List<ScopePolicy> copies = new PolicyPull(workspace, client).pull(scopes, discardLocal, monitor);
            copies.forEach(copy -> events.post(OfflineSettingsEditors.WORKSPACE_CHANGED_TOPIC, copy.target()));
            return Status.OK_STATUS;
        } catch (LocalChangesException e) {
            sync.asyncExec(() -> confirmDiscard(e));
            return Status.OK_STATUS;
        } catch (PolicyException | PolicyFileException | ServerException e) {
            String message = NLS.bind(Messages.TakeOfflineJob_failed, serverName, e.getMessage());
            sync.asyncExec(() -> {
                if (!shell.isDisposed()) {
                    MessageDialog.openError(shell, Messages.TakeOfflineJob_failedTitle, message);
                }
            });
            return Status.error(message, e);
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        }
    }

    private void confirmDiscard(LocalChangesException e) {
        if (shell.isDisposed()) {
            return;
        }
        String targets = String.join("\n", e.targets().stream() //$NON-NLS-1$
                .map(target -> WorkspaceContents.scopeName(target.scope())).toList());
        if (MessageDialog.openQuestion(shell, Messages.TakeOfflineJob_localChangesTitle,
                NLS.bind(Messages.TakeOfflineJob_localChanges, serverName, targets))) {
            new TakeOfflineJob(workspace, client, serverName, scopes, true, shell, sync, events).schedule();
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }
}
