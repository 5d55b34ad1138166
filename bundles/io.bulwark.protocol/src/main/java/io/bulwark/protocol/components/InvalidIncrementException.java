package io.bulwark.protocol.components;

/**
 * Bytes that are not a valid {@link IncrementPatch}, or a patch applied to a file it was not made for. The message says
 * what is wrong, for a person; whoever downloaded the increment keeps its previous file.
 */
public final class InvalidIncrementException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message
     *            what is wrong
     */
    public InvalidIncrementException(String message) {
        super(message);
    }
}
