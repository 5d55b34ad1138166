package io.bulwark.core.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Writes files so that a reader, or the next start after a crash, sees either the old content or the new one, never a
 * partly written file: the bytes go to a temporary file beside the target, reach the disk, and replace the target in
 * one atomic rename.
 */
public final class AtomicFiles {

    private static final String TEMP_SUFFIX = ".tmp"; //$NON-NLS-1$

    private AtomicFiles() {
    }

    /**
     * Replaces {@code file} with {@code content} atomically, creating its folder if needed. Each write has a temporary
     * file of its own, so two processes writing the same file at once leave one content or the other, whole. The folder
     * is synced after the rename where the platform allows it, so the new name survives a power loss too.
     */
    public static void write(Path file, byte[] content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // Created as any file of the user (not owner-only, as a temporary file would be), under a name of its own.
        Path temp = folder.resolve(file.getFileName() + "." + UUID.randomUUID() + TEMP_SUFFIX); //$NON-NLS-1$
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        syncFolder(folder);
    }

    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms (Windows) cannot open a folder: the rename is as durable as they make it.
        }
    }

    /** Replaces {@code copy} with the current content of {@code file} atomically. */
    public static void copy(Path file, Path copy) throws IOException {
        write(copy, Files.readAllBytes(file));
    }
}
