package io.bulwark.server.internal.components;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.bulwark.protocol.components.Component;

/**
 * The component files in {@code <data>/components}: {@code NAME/full-VERSION.bin} and {@code NAME/increment-FROM.bin},
 * and downloads in progress in {@code .incoming}. A file is placed under its final name only once it is complete and
 * verified (written to a temporary file, forced to disk, renamed); at start every file the database does not refer to,
 * left by a crash between placing files and recording them, is deleted.
 */
public final class ComponentFiles {

    /** Names a component may have: they become folder names. */
    public static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}"); //$NON-NLS-1$

    private static final Logger LOG = LoggerFactory.getLogger(ComponentFiles.class);
    private static final String INCOMING = ".incoming"; //$NON-NLS-1$

    private final Path root;

    private ComponentFiles(Path root) {
        this.root = root;
    }

    /**
     * @param root
     *            the components folder of the data folder
     * @return the folder, created if needed
     * @throws IOException
     *             if it cannot be created
     */
    public static ComponentFiles open(Path root) throws IOException {
        Files.createDirectories(root.resolve(INCOMING));
        return new ComponentFiles(root);
    }

    /**
     * @param name
     *            a component's name, matching {@link #NAME}
     * @param version
     *            a version
     * @return where the full file of that version lives
     */
    public Path full(String name, long version) {
        return folder(name).resolve("full-" + version + ".bin"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param name
     *            a component's name, matching {@link #NAME}
     * @param from
     *            the version the increment applies to
     * @return where that increment lives
     */
    public Path increment(String name, long from) {
        return folder(name).resolve("increment-" + from + ".bin"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Path folder(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a component name: " + name); //$NON-NLS-1$
        }
        return root.resolve(name);
    }

    /**
     * @return a new, empty file for a download in progress
     * @throws IOException
     *             if it cannot be created
     */
    public Path newIncoming() throws IOException {
        return Files.createTempFile(root.resolve(INCOMING), "download-", ".part"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Gives a complete, verified file its final name in one atomic step, after forcing it to disk.
     *
     * @param incoming
     *            a file from {@link #newIncoming()}
     * @param target
     *            its final name
     * @throws IOException
     *             if it cannot be moved
     */
    public void place(Path incoming, Path target) throws IOException {
        try (FileChannel channel = FileChannel.open(incoming, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.createDirectories(target.getParent());
        try {
            Files.move(incoming, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("The file system of " + root + " cannot rename files atomically", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * Deletes files, logging rather than failing: used to clean up after a change that is already decided.
     *
     * @param files
     *            the files
     */
    public void deleteQuietly(Collection<Path> files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Cannot delete {}; it is removed at the next start", file, e); //$NON-NLS-1$
            }
        }
    }

    /**
     * Deletes every file the database does not refer to: downloads in progress, temporary files and files placed by an
     * update that crashed before recording them.
     *
     * @param components
     *            the components the server holds
     * @param increments
     *            the increments it keeps
     * @return how many files were deleted
     * @throws IOException
     *             if the folder cannot be read or a file cannot be deleted
     */
    public int sweep(List<Component> components, List<StoredIncrement> increments) throws IOException {
        Set<Path> referenced = new HashSet<>();
        for (Component component : components) {
            referenced.add(full(component.name(), component.version()));
        }
        for (StoredIncrement increment : increments) {
            referenced.add(increment(increment.component(), increment.from()));
        }
        int deleted = 0;
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (!referenced.contains(file)) {
                    Files.delete(file);
                    deleted++;
                }
            }
        }
        return deleted;
    }

    /** @return the components folder */
    public Path root() {
        return root;
    }
}
