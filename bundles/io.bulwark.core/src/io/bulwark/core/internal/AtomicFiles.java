package io.bulwark.core.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes files so that a reader, or the next start after a crash, sees either the old content or the new one, never a
 * partly written file: the bytes go to a temporary file beside the target, reach the disk, and replace the target in
 * one atomic rename.
 */
public final class AtomicFiles {

    static final String TEMP_SUFFIX = ".tmp"; //$NON-NLS-1$

    private AtomicFiles() {
    }

    /** Replaces {@code file} with {@code content} atomically, creating its folder if needed. */
    public static void write(Path file, byte[] content) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temp = folder.resolve(file.getFileName() + TEMP_SUFFIX);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Replaces {@code copy} with the current content of {@code file} atomically. */
    public static void copy(Path file, Path copy) throws IOException {
        write(copy, Files.readAllBytes(file));
    }
}
