package io.bulwark.client;

import java.util.Map;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ErrorCodes;

/**
 * The server answered with an error: its HTTP status and the protocol's error body ({@link ApiError}). The message is
 * the server's own sentence for a person; {@link #code()} is the stable machine code from {@link ErrorCodes} to branch
 * on; {@link #details()} carries structured facts such as the offending field.
 * <p>
 * Subclasses name the cases a console treats differently; other statuses arrive as this class itself.
 */
public class ApiErrorException extends ServerException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Map<String, Object> details;

    /**
     * @param status
     *            the HTTP status
     * @param error
     *            the error body the server sent (or one made up from the status if it sent none)
     */
    public ApiErrorException(int status, ApiError error) {
        super(error.message(), null);
        this.status = status;
        this.code = error.error();
        this.details = error.details();
    }

    /** @return the HTTP status, e.g. 404 */
    public int status() {
        return status;
    }

    /** @return the machine code, one of {@link ErrorCodes} */
    public String code() {
        return code;
    }

    /** @return structured facts about the error; empty when there are none */
    public Map<String, Object> details() {
        return details;
    }
}
