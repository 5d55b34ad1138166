package io.bulwark.core.move;

import java.util.UUID;

import io.bulwark.core.internal.ProcessFileLock;

/**
 * A held job lock of the {@link MoveJournal}: while open, no other process (and no other run in this one) carries the
 * job on. The operating system releases it when the process ends, even by {@code kill -9}.
 */
public final class JobLock implements AutoCloseable {

    private final UUID moveId;
    private final ProcessFileLock lock;

    JobLock(UUID moveId, ProcessFileLock lock) {
        this.moveId = moveId;
        this.lock = lock;
    }

    /** @return the job it locks */
    public UUID moveId() {
        return moveId;
    }

    /** @return whether it is still held */
    public boolean held() {
        return lock.held();
    }

    /** Releases the lock. */
    @Override
    public void close() {
        lock.close();
    }
}
