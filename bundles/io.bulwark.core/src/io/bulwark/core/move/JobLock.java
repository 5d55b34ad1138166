package io.bulwark.core.move;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.UUID;

/**
 * A held job lock of the {@link MoveJournal}: while open, no other process (and no other run in this one) carries the
 * job on. The operating system releases it when the process ends, even by {@code kill -9}.
 */
public final class JobLock implements AutoCloseable {

    private final UUID moveId;
    private final FileChannel channel;
    private final FileLock lock;

    JobLock(UUID moveId, FileChannel channel, FileLock lock) {
        this.moveId = moveId;
        this.channel = channel;
        this.lock = lock;
    }

    /** @return the job it locks */
    public UUID moveId() {
        return moveId;
    }

    /** @return whether it is still held */
    public boolean held() {
        return lock.isValid();
    }

    /** Releases the lock. */
    @Override
    public void close() {
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
    }
}
