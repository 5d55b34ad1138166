package io.bulwark.protocol;

/**
 * Bytes that are not the expected JSON document: malformed JSON, a wrong type, a missing required member. The message
 * names the expected record and, where known, the line and column, so it can be shown or logged as is. Unchecked
 * because a peer sending garbage is not something a caller can recover from locally; it is reported.
 */
public class WireFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    /**
     * @param message
     *            what was wrong, for a person
     * @param cause
     *            the parser's failure
     */
    public WireFormatException(String message, Throwable cause) {
        this(message, null, cause);
    }

    /**
     * @param message
     *            what was wrong, for a person
     * @param field
     *            the path of the offending member, e.g. {@code scanSettings.manual.exclusions.folders[2]}, or
     *            {@code null} when the document as a whole is wrong
     * @param cause
     *            the parser's failure
     */
    public WireFormatException(String message, String field, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** @return the path of the offending member, or {@code null} when the document as a whole is wrong */
    public String field() {
        return field;
    }
}
