package io.bulwark.server.internal.storage;

/**
 * The server's stored state cannot be read or written. The message says which state and why, for the log and for the
 * person starting the server.
 */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message
     *            what failed, for a person
     * @param cause
     *            the underlying failure
     */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
