package io.bulwark.server.internal.storage;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
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
    private static final int BUFFER = 64 * 1024;

    private AtomicFiles() {
    }

    /**
     * Writes a file's content to a stream.
     */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out
         *            the temporary file; closed by the caller
         * @throws IOException
         *             if the content cannot be written; the target is then left as it was
         */
        void writeTo(OutputStream out) throws IOException;
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
        write(target, ownerOnly, out -> out.write(content));
    }

    /**
     * Replaces {@code target} with streamed content atomically, for files too large to hold in memory.
     *
     * @param target
     *            the file to write; its folder must exist
     * @param ownerOnly
     *            whether only the owner may read the file
     * @param content
     *            writes the complete new content
     * @throws IOException
     *             if the content cannot be written, or the file system cannot rename atomically; the target is then
     *             left as it was and the temporary file is removed
     */
    public static void write(Path target, boolean ownerOnly, Content content) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        FileAttribute<?>[] attributes = ownerOnly && POSIX
                ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE)}
                : new FileAttribute<?>[0];
        Path temporary = Files.createTempFile(folder, "." + target.getFileName(), ".tmp", attributes); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER);
                content.writeTo(out);
                out.flush();
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
     * @param name
     *            a file name in a folder written by {@link #write}
     * @return whether it is one of the temporary files {@link #write} uses, left behind if the process died while
     *         writing; such files may be deleted while no write is in progress
     */
    public static boolean isTemporary(String name) {
        return name.startsWith(".") && name.endsWith(".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
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
