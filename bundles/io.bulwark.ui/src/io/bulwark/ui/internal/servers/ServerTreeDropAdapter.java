package io.bulwark.ui.internal.servers;

import java.util.List;
import java.util.function.Supplier;

import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.ViewerDropAdapter;
import org.eclipse.swt.dnd.TransferData;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.core.ServerRegistryException;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ServerFolder;

/**
 * Moves dragged servers and folders into the folder they are dropped on (onto a server: into that server's folder; onto
 * empty space: to the top level). The registry checks every move; a refused move changes nothing and says why.
 */
final class ServerTreeDropAdapter extends ViewerDropAdapter {

    private final ServerRegistryService registry;
    private final Supplier<Shell> shell;

    ServerTreeDropAdapter(TreeViewer viewer, ServerRegistryService registry, Supplier<Shell> shell) {
        super(viewer);
        this.registry = registry;
        this.shell = shell;
        setFeedbackEnabled(false);
    }

    @Override
    public boolean validateDrop(Object target, int operation, TransferData type) {
        return LocalSelectionTransfer.getTransfer().isSupportedType(type);
    }

    @Override
    public boolean performDrop(Object data) {
        if (!(LocalSelectionTransfer.getTransfer().getSelection() instanceof IStructuredSelection dragged)) {
            return false;
        }
        ServerFolder target = folderAt(getCurrentTarget());
        try {
            for (Object element : (List<?>) dragged.toList()) {
                if (element instanceof ManagementServer server) {
                    registry.moveServer(server, target);
                } else if (element instanceof ServerFolder folder && folder != target) {
                    registry.moveFolder(folder, target);
                }
            }
            // Show where the dragged rows went at once, rather than with the next model refresh.
            TreeViewer viewer = (TreeViewer) getViewer();
            viewer.refresh();
            if (target != null) {
                viewer.expandToLevel(target, AbstractTreeViewer.ALL_LEVELS);
            }
            return true;
        } catch (ServerRegistryException e) {
            ServerMessages.showError(shell.get(), Messages.ServerTreeDropAdapter_moveFailed, e.getMessage());
            return false;
        }
    }

    private static ServerFolder folderAt(Object target) {
        if (target instanceof ServerFolder folder) {
            return folder;
        }
        if (target instanceof ManagementServer server && server.eContainer() instanceof ServerFolder folder) {
            return folder;
        }
        return null;
    }
}
