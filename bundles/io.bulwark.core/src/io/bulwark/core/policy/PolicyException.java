package io.bulwark.core.policy;

/**
 * A workspace operation cannot go ahead for a reason the message names for a person: a scope the server does not have,
 * copies with local changes a pull would overwrite, targets the request does not name. Nothing was written.
 */
public class PolicyException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message
     *            what is wrong and what to do, for a person
     */
    public PolicyException(String message) {
        super(message);
    }

    /**
     * @param message
     *            what is wrong and what to do, for a person
     * @param cause
     *            the underlying failure
     */
    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
