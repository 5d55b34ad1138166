package io.bulwark.core.move;

/**
 * A move cannot be planned, saved, read or carried on, for a reason the message names for a person (the file, the line,
 * the job). Nothing was changed by the step that failed.
 */
public class MoveException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message
     *            what failed and what to do, for a person
     */
    public MoveException(String message) {
        super(message);
    }

    /**
     * @param message
     *            what failed and what to do, for a person
     * @param cause
     *            the underlying failure
     */
    public MoveException(String message, Throwable cause) {
        super(message, cause);
    }
}
