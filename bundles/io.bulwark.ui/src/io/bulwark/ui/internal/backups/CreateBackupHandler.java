package io.bulwark.ui.internal.backups;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Takes a backup of the server chosen in the Backups part; only root may. */
public class CreateBackupHandler {

    @CanExecute
    public boolean canExecute(EPartService parts) {
        MPart part = parts.findPart(BackupsPart.ID);
        return part == null || !(part.getObject() instanceof BackupsPart backups) || backups.mayCreate();
    }

    @Execute
    public void execute(EPartService parts) {
        MPart part = parts.showPart(BackupsPart.ID, EPartService.PartState.VISIBLE);
        if (part != null && part.getObject() instanceof BackupsPart backups) {
            backups.createBackup();
        }
    }
}
