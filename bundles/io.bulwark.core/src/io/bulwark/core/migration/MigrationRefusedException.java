package io.bulwark.core.migration;

import io.bulwark.core.move.MoveException;

/**
 * A campaign step or a move back was refused because of what was asked or where things stand (a wave not yet confirmed,
 * rules that cannot be split, a move that has not finished); the message says why and what to do. Nothing was changed.
 */
public class MigrationRefusedException extends MoveException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message
     *            why, and what to do, for a person
     */
    public MigrationRefusedException(String message) {
        super(message);
    }

    /**
     * @param message
     *            why, and what to do, for a person
     * @param cause
     *            the underlying failure
     */
    public MigrationRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
