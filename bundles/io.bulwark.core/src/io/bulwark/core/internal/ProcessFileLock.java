package io.bulwark.core.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An operating-system lock on a file, held by this process and taken without waiting; the system releases it when the
 * process ends, even by {@code kill -9}.
 * <p>
 * Such locks belong to the process, not to a channel: on Linux, closing any channel of the file releases every lock the
 * process holds on it. So a second attempt in this process must not open the file at all, or refusing it would let
 * another process in. The files this process holds locks on are kept here, and a second attempt is refused before it
 * opens anything.
 */
public final class ProcessFileLock implements AutoCloseable {

    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path key;
    private final FileChannel channel;
    private final FileLock lock;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ProcessFileLock(Path key, FileChannel channel, FileLock lock) {
        this.key = key;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * @param file
     *            the lock file, created if missing; its folder must exist
     * @return the lock, or empty if this process or another holds it
     * @throws IOException
     *             if the file cannot be opened or locked
     */
    public static Optional<ProcessFileLock> tryLock(Path file) throws IOException {
        Path key = file.toAbsolutePath().normalize();
        if (!HELD.add(key)) {
            return Optional.empty();
        }
        FileChannel channel = null;
        try {
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) { // another process holds it; this one holds nothing the close could release
                channel.close();
                HELD.remove(key);
                return Optional.empty();
            }
            return Optional.of(new ProcessFileLock(key, channel, lock));
        } catch (OverlappingFileLockException e) {
            // This process locked the file under another name: leave the channel open, since closing it would release
            // that lock too. The process ending closes it.
            HELD.remove(key);
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            HELD.remove(key);
            throw e;
        }
    }

    /** @return whether it is still held */
    public boolean held() {
        return !closed.get() && lock.isValid();
    }

    /** Releases the lock. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it anyway
        }
        try {
            channel.close();
        } catch (IOException e) {
            // the process ending releases the lock at the latest
        }
        HELD.remove(key);
    }
}
