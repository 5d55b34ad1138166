package io.bulwark.server.internal.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes files so that a reader, or a server restarted after a crash, sees either the old content or the new, never a
 * torn mix: the bytes go to a temporary file in the same folder, are forced to disk, and the file is then renamed over
 * the target in one atomic step.
 */
public final class AtomicFiles {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix"); //$NON-NLS-1$
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------"); //$NON-NLS-1$
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------"); //$NON-NLS-1$

    private AtomicFiles() {
    }

    /**
     * Replaces {@code target} with {@code content} atomically.
     *
     * @param target
     *            the file to write; its folder must exist
     * @param content
     *            the complete new content
     * @param ownerOnly
     *            whether only the owner may read the file (for secrets); it has these permissions from the moment it
     *            exists, not after a later change
     * @throws IOException
     *             if the file cannot be written or the file system cannot rename atomically
     */
    public static void write(Path target, byte[] content, boolean ownerOnly) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        FileAttribute<?>[] attributes = ownerOnly && POSIX
                ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
                : new FileAttribute<?>[0];
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp", attributes); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.deleteIfExists(temporary);
            throw new IOException("The file system of " + folder + " cannot rename files atomically", e); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temporary);
            throw e;
        }
    }

    /**
     * Creates a folder (and its parents) that only the owner may enter, for keys and their passwords.
     *
     * @param folder
     *            the folder
     * @return the folder
     * @throws IOException
     *             if it cannot be created
     */
    public static Path createOwnerOnlyFolder(Path folder) throws IOException {
        Files.createDirectories(folder);
        if (POSIX) {
            Files.setPosixFilePermissions(folder, OWNER_ONLY_FOLDER);
        }
        return folder;
    }
}
