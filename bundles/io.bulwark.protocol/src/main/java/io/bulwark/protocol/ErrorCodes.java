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

    /** The request needs a session: no, an unknown or an expired bearer token (HTTP 401). */
    public static final String UNAUTHENTICATED = "unauthenticated"; //$NON-NLS-1$

    /** The caller's role or domain scope does not allow the request (HTTP 403). */
    public static final String FORBIDDEN = "forbidden"; //$NON-NLS-1$

    /**
     * A member of the body or a parameter has a value the server does not accept; {@code details.field} names it (HTTP
     * 400).
     */
    public static final String INVALID_FIELD = "invalid_field"; //$NON-NLS-1$

    /** The request conflicts with the resource's current state, e.g. deleting a domain that is not empty (HTTP 409). */
    public static final String CONFLICT = "conflict"; //$NON-NLS-1$

    /** {@code If-Match} does not name the current version: someone else changed the resource (HTTP 412). */
    public static final String PRECONDITION_FAILED = "precondition_failed"; //$NON-NLS-1$

    /** A write of a versioned resource came without {@code If-Match} (HTTP 428). */
    public static final String PRECONDITION_REQUIRED = "precondition_required"; //$NON-NLS-1$

    /** The body is larger than the server accepts; {@code details.limit} gives the limit in bytes (HTTP 413). */
    public static final String PAYLOAD_TOO_LARGE = "payload_too_large"; //$NON-NLS-1$

    /** The body is not JSON ({@code Content-Type} must be {@code application/json}) (HTTP 415). */
    public static final String UNSUPPORTED_MEDIA_TYPE = "unsupported_media_type"; //$NON-NLS-1$

    /**
     * Too many failed logins for this user from this address; {@code Retry-After} says when to try again (HTTP 429).
     */
    public static final String THROTTLED = "throttled"; //$NON-NLS-1$

    /** An {@code Idempotency-Key} was used before for a different request (HTTP 422). */
    public static final String IDEMPOTENCY_KEY_REUSED = "idempotency_key_reused"; //$NON-NLS-1$

    /** An agent presented no or a wrong enrolment key (HTTP 403). */
    public static final String ENROLMENT_REFUSED = "enrolment_refused"; //$NON-NLS-1$

    /** An agent API call names an agent this server does not know; the agent registers again (HTTP 404). */
    public static final String UNKNOWN_AGENT = "unknown_agent"; //$NON-NLS-1$
    /**
     * A backup cannot be restored here: it was taken by another server or from another database schema version;
     * {@code details} name the expected and the found values (HTTP 409).
     */
    public static final String BACKUP_MISMATCH = "backup_mismatch"; //$NON-NLS-1$

    /**
     * A backup file is damaged or was altered: its manifest or an entry's hash or row count does not match; nothing was
     * restored (HTTP 409).
     */
    public static final String BACKUP_CORRUPT = "backup_corrupt"; //$NON-NLS-1$

    /** 409: the notification queue holds items for agents of a move, and the request did not ask to cancel them. */
    public static final String NOTIFICATIONS_PENDING = "notifications_pending"; //$NON-NLS-1$

    /** 403: a move ticket that is unknown, forged, revoked, lapsed, or does not name the agent or its source. */
    public static final String TICKET_REFUSED = "ticket_refused"; //$NON-NLS-1$

    /** 403: a move receipt that does not verify against the move's target. */
    public static final String RECEIPT_REFUSED = "receipt_refused"; //$NON-NLS-1$

    /**
     * The server cannot take this request now, e.g. it already serves as many event streams as it allows;
     * {@code Retry-After} says when to try again (HTTP 503).
     */
    public static final String UNAVAILABLE = "unavailable"; //$NON-NLS-1$

    /** The server failed; the server log has the cause (HTTP 500). */
    public static final String INTERNAL = "internal_error"; //$NON-NLS-1$

    private ErrorCodes() {
    }
}
