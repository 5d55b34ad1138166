package io.bulwark.protocol;

/**
 * The HTTP headers the API gives a meaning to, beyond plain HTTP.
 */
public final class ApiHeaders {

    /** Carries {@code Bearer <token>} from {@code POST /api/v1/sessions} on every other admin call. */
    public static final String AUTHORIZATION = "Authorization"; //$NON-NLS-1$

    /** The scheme prefix of {@link #AUTHORIZATION}, including its trailing space. */
    public static final String BEARER_PREFIX = "Bearer "; //$NON-NLS-1$

    /**
     * A client-chosen key (1–128 printable ASCII characters) on a mutation: repeating the request with the same key
     * returns the first answer and does not apply the change again.
     */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key"; //$NON-NLS-1$

    /** Set on a replayed answer to a repeated {@link #IDEMPOTENCY_KEY}, with the value {@code true}. */
    public static final String IDEMPOTENT_REPLAY = "Idempotent-Replayed"; //$NON-NLS-1$

    /** The version of a versioned resource (settings), quoted as HTTP requires. */
    public static final String ETAG = "ETag"; //$NON-NLS-1$

    /** Required on writes of versioned resources: the {@link #ETAG} the change was based on. */
    public static final String IF_MATCH = "If-Match"; //$NON-NLS-1$

    /** An agent's enrolment key, when the server was started with {@code --enroll-key}. */
    public static final String ENROLMENT_KEY = "Bulwark-Enrolment-Key"; //$NON-NLS-1$

    private ApiHeaders() {
    }
}
