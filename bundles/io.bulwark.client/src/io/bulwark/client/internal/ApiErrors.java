package io.bulwark.client.internal;

import java.time.Duration;

import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ApiErrorException;
import io.bulwark.client.AuthenticationException;
import io.bulwark.client.ConflictException;
import io.bulwark.client.ForbiddenException;
import io.bulwark.client.InvalidRequestException;
import io.bulwark.client.NotFoundException;
import io.bulwark.client.NotificationsPendingException;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerFailureException;
import io.bulwark.client.ThrottledException;
import io.bulwark.client.VersionConflictException;
import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.WireJson;

/**
 * Turns a failed answer (status and error body) into the typed exception a caller branches on.
 */
final class ApiErrors {

    private static final WireJson JSON = WireJson.create(WireJson.UnknownMembers.IGNORE);

    private ApiErrors() {
    }

    /**
     * @param address
     *            the server, for messages
     * @param status
     *            the HTTP status, not 2xx
     * @param body
     *            the body, hopefully an {@link ApiError}
     * @param etag
     *            the {@code ETag} header, or {@code null}
     * @param retryAfter
     *            the {@code Retry-After} header, or {@code null}
     * @return the exception for that answer
     */
    static ApiErrorException toException(ServerAddress address, int status, byte[] body, String etag,
            String retryAfter) {
        ApiError error = parse(address, status, body);
        return switch (status) {
            case 400, 413, 415, 422 -> new InvalidRequestException(status, error);
            case 401 -> new AuthenticationException(status, error);
            case 403 -> new ForbiddenException(status, error);
            case 404 -> new NotFoundException(status, error);
            case 409 -> ErrorCodes.NOTIFICATIONS_PENDING.equals(error.error())
                    ? new NotificationsPendingException(status, error)
                    : new ConflictException(status, error);
            case 412, 428 -> new VersionConflictException(status, error, etag != null ? etag : currentETag(error));
            case 429 -> new ThrottledException(status, error, seconds(retryAfter));
            default -> status >= 500 ? new ServerFailureException(status, error) : new ApiErrorException(status, error);
        };
    }

    private static ApiError parse(ServerAddress address, int status, byte[] body) {
        if (body != null && body.length > 0) {
            try {
                ApiError error = JSON.read(body, ApiError.class);
                if (error.error() != null && error.message() != null) {
                    return error;
                }
            } catch (WireFormatException | NullPointerException e) {
                // not an error body: described below by its status
            }
        }
        String code = switch (status) {
            case 401 -> ErrorCodes.UNAUTHENTICATED;
            case 403 -> ErrorCodes.FORBIDDEN;
            case 404 -> ErrorCodes.NOT_FOUND;
            case 503 -> ErrorCodes.UNAVAILABLE;
            default -> status >= 500 ? ErrorCodes.INTERNAL : ErrorCodes.BAD_REQUEST;
        };
        return ApiError.of(code, NLS.bind(Messages.ServerClient_noErrorBody, address, Integer.valueOf(status)));
    }

    private static String currentETag(ApiError error) {
        Object version = error.details().get("currentVersion"); //$NON-NLS-1$
        return version instanceof Number number ? "\"" + number.longValue() + "\"" : null; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param retryAfter
     *            a {@code Retry-After} value in seconds, or {@code null}
     * @return the duration, or {@code null} if absent or not in seconds
     */
    static Duration seconds(String retryAfter) {
        if (retryAfter == null) {
            return null;
        }
        try {
            long seconds = Long.parseLong(retryAfter.strip());
            return seconds >= 0 ? Duration.ofSeconds(seconds) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
