package io.bulwark.core;

/**
 * A password could not be stored in or read from secure storage. The message is fit to show to a person: it says what
 * is missing (a master password, a readable password file) or wrong, and where.
 */
public class CredentialsException extends Exception {

    private static final long serialVersionUID = 1L;

    public CredentialsException(String message) {
        super(message);
    }

    public CredentialsException(String message, Throwable cause) {
        super(message, cause);
    }
}
