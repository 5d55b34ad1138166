package io.bulwark.protocol;

import java.util.Map;
import java.util.Objects;

/**
 * The one error body every failing API call returns, whatever the status: {@code {"error":code,"message":…,
 * "details":{…}}}. Clients branch on {@link #error()}, a stable machine code from {@link ErrorCodes}; they show
 * {@link #message()} to a person; {@link #details()} carries structured facts such as the offending field.
 *
 * @param error
 *            a stable machine-readable code, see {@link ErrorCodes}
 * @param message
 *            a sentence for a person saying what went wrong and, where possible, what to do
 * @param details
 *            structured facts about the error; never {@code null}, empty when there are none
 */
public record ApiError(String error, String message, Map<String, Object> details) {

    /**
     * Requires a code and a message and freezes the details, so the body always has all three members.
     */
    public ApiError {
        Objects.requireNonNull(error, "error"); //$NON-NLS-1$
        Objects.requireNonNull(message, "message"); //$NON-NLS-1$
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /**
     * An error without details.
     *
     * @param error
     *            a code from {@link ErrorCodes}
     * @param message
     *            a sentence for a person
     * @return the error body
     */
    public static ApiError of(String error, String message) {
        return new ApiError(error, message, Map.of());
    }
}
