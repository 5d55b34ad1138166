package io.bulwark.protocol;

/**
 * The machine codes of {@link ApiError#error()}. They are part of the contract: clients branch on them, so a code is
 * never renamed; new failures get new codes.
 */
public final class ErrorCodes {

    /** No resource at the requested path (HTTP 404). */
    public static final String NOT_FOUND = "not_found"; //$NON-NLS-1$

    /** The resource exists but does not support the request method (HTTP 405, with {@code Allow}). */
    public static final String METHOD_NOT_ALLOWED = "method_not_allowed"; //$NON-NLS-1$

    /** The request itself is malformed: bad JSON, bad header, bad parameter (HTTP 400). */
    public static final String BAD_REQUEST = "bad_request"; //$NON-NLS-1$

    /** The server failed; the server log has the cause (HTTP 500). */
    public static final String INTERNAL = "internal_error"; //$NON-NLS-1$

    private ErrorCodes() {
    }
}
