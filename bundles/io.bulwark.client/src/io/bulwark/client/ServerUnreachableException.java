package io.bulwark.client;

/**
 * The server gave no answer: the connection was refused or timed out, the host name did not resolve, the TLS handshake
 * failed for a reason other than the certificate pin, or the connection broke before the answer was complete. Calls
 * that are safe to repeat were already retried before this is thrown.
 */
public class ServerUnreachableException extends ServerException {

    private static final long serialVersionUID = 1L;

    /**
     * @param message
     *            a sentence for a person naming the server
     * @param cause
     *            the network failure
     */
    public ServerUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
