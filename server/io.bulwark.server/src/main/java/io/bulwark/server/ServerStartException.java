package io.bulwark.server;

/**
 * The server could not start. The message says what failed and, where possible, what to do; it is printed as is to the
 * person who started the server.
 */
public class ServerStartException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message
     *            what failed, for a person
     * @param cause
     *            the underlying failure
     */
    public ServerStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
