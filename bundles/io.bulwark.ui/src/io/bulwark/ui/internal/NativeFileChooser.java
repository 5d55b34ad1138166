package io.bulwark.ui.internal;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Component;

import io.bulwark.ui.FileChooser;

/** The console's file chooser: the operating system's file dialog, through SWT's {@link FileDialog}. */
@Component(service = FileChooser.class)
public class NativeFileChooser implements FileChooser {

    @Override
    public Path chooseFileToRead(Shell parent, String title, String[] extensions) {
        FileDialog dialog = new FileDialog(parent, SWT.OPEN);
        dialog.setText(title);
        dialog.setFilterExtensions(extensions);
        return toPath(dialog.open());
    }

    @Override
    public Path chooseFileToWrite(Shell parent, String title, String[] extensions, String suggestedName) {
        FileDialog dialog = new FileDialog(parent, SWT.SAVE);
        dialog.setText(title);
        dialog.setFilterExtensions(extensions);
        dialog.setFileName(suggestedName);
        dialog.setOverwrite(true);
        return toPath(dialog.open());
    }

    private static Path toPath(String chosen) {
        return chosen == null ? null : Path.of(chosen);
    }
}
