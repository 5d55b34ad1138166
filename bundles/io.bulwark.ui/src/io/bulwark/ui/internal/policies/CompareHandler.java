package io.bulwark.ui.internal.policies;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.core.policy.PolicyException;
import io.bulwark.core.policy.PolicyFileException;
import io.bulwark.core.policy.ScopeDiff;
import io.bulwark.core.policy.ServerDiff;
import io.bulwark.core.policy.WorkspaceDiff;
import io.bulwark.core.policy.WorkspaceScope;
import jakarta.inject.Named;

/**
 * Compares the selected workspace copy, or every copy of the selected server, with what the server holds now, setting
 * by setting and list element by element, deletions included; reads the server in a job and writes nothing.
 */
public class CompareHandler {

    @CanExecute
    public boolean canExecute(@Optional @Named(IServiceConstants.ACTIVE_SELECTION) Object selection) {
        return selection instanceof WorkspaceCopy || selection instanceof WorkspaceServer;
    }

    @Execute
    public void execute(@Named(IServiceConstants.ACTIVE_SELECTION) Object selection,
            @Service ServerRegistryService registry, @Service ServerConnections connections, UISynchronize sync,
            @Named(IServiceConstants.ACTIVE_SHELL) Shell shell) {
        ServerAddress address = selection instanceof WorkspaceCopy copy
                ? copy.target().server()
                : ((WorkspaceServer) selection).address();
        WorkspaceScope scope = selection instanceof WorkspaceCopy copy ? copy.target().scope() : null;
        String serverName = ConsoleServers.name(registry, address);
        ServerClient client = ConsoleServers.client(registry, connections, address);
        if (client == null) {
            Dialogs.error(shell, Messages.CompareHandler_failedTitle,
                    NLS.bind(Messages.Dialogs_notConnected, serverName));
            return;
        }
        Job job = new Job(NLS.bind(Messages.CompareHandler_job, serverName)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                WorkspaceDiff diff = new WorkspaceDiff(ConsoleServers.workspace(), client);
                try {
                    List<ScopeDiff> scopes = new ArrayList<>();
                    List<String> notes = new ArrayList<>();
                    if (scope != null) {
                        scopes.add(diff.compare(scope, monitor));
                    } else {
                        ServerDiff server = diff.compareServer(monitor);
                        scopes.addAll(server.scopes());
                        server.onlyOnServer().forEach(only -> notes.add(
                                NLS.bind(Messages.CompareHandler_onlyOnServer, WorkspaceContents.scopeName(only))));
                        server.onlyInWorkspace().forEach(only -> notes.add(NLS
                                .bind(Messages.CompareHandler_onlyInWorkspace, WorkspaceContents.scopeName(only))));
                    }
                    sync.asyncExec(() -> {
                        if (!shell.isDisposed()) {
                            new ComparisonDialog(shell, serverName, scopes, notes).open();
                        }
                    });
                    return Status.OK_STATUS;
                } catch (PolicyException | PolicyFileException | ServerException e) {
                    String message = NLS.bind(Messages.CompareHandler_failed, serverName, e.getMessage());
                    sync.asyncExec(() -> Dialogs.error(shell, Messages.CompareHandler_failedTitle, message));
                    return Status.error(message, e);
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                }
            }
        };
        job.setUser(true);
        job.schedule();
    }
}
