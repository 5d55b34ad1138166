package io.bulwark.core.move;

import java.util.UUID;

/**
 * A move job is being carried on by another run: another process (a command line, another console) or another run in
 * this one holds its {@link JobLock}. Nothing was changed; try again once that run has ended, or leave the job to it.
 */
public final class JobLockedException extends MoveException {

    private static final long serialVersionUID = 1L;

    private final UUID moveId;

    /**
     * @param moveId
     *            the job
     * @param message
     *            the same for a person
     * @param cause
     *            the underlying failure, or {@code null}
     */
    public JobLockedException(UUID moveId, String message, Throwable cause) {
        super(message, cause);
        this.moveId = moveId;
    }

    /** @return the job that is locked */
    public UUID moveId() {
        return moveId;
    }
}
