package io.bulwark.ui;

import java.nio.file.Path;

import org.eclipse.swt.widgets.Shell;

/**
 * Asks the person for a file to read or write. The console's commands reach it as an OSGi service (inject it with
 * {@code @Service}) instead of opening SWT's {@code FileDialog} themselves, because the operating system's file dialog
 * contains no SWT widgets and cannot be answered by anything but a person. The console registers one that opens that
 * dialog; a service of higher {@code service.ranking} replaces it, e.g. in UI tests that answer with a path.
 * <p>
 * Both methods are called on the display's thread and block until the person has chosen.
 */
public interface FileChooser {

    /**
     * Asks for an existing file to read.
     *
     * @param parent
     *            the window the question belongs to
     * @param title
     *            the question's title, naming what the file is for
     * @param extensions
     *            the file name patterns offered, e.g. {@code "*.json"}, the most likely first
     * @return the chosen file, or {@code null} when the person cancelled
     */
    Path chooseFileToRead(Shell parent, String title, String[] extensions);

    /**
     * Asks for a file to write; the person confirms replacing a file that exists.
     *
     * @param parent
     *            the window the question belongs to
     * @param title
     *            the question's title, naming what is written
     * @param extensions
     *            the file name patterns offered, e.g. {@code "*.json"}, the most likely first
     * @param suggestedName
     *            the file name proposed
     * @return the chosen file, or {@code null} when the person cancelled
     */
    Path chooseFileToWrite(Shell parent, String title, String[] extensions, String suggestedName);
}
