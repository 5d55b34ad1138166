package io.bulwark.client;

import io.bulwark.protocol.ApiError;

/**
 * A write of versioned settings was refused and nothing changed: HTTP 412, the {@code If-Match} version is no longer
 * current because someone else changed the settings since they were read; or HTTP 428, the write carried no version.
 * The caller reads the settings again (or merges) and writes with the new version.
 */
public class VersionConflictException extends ConflictException {

    private static final long serialVersionUID = 1L;

    private final String currentETag;

    /**
     * @param status
     *            412 or 428
     * @param error
     *            the error body
     * @param currentETag
     *            the server's current {@code ETag}, or {@code null} if it named none
     */
    public VersionConflictException(int status, ApiError error, String currentETag) {
        super(status, error);
        this.currentETag = currentETag;
    }

    /** @return the current version's {@code ETag} as the server names it (e.g. {@code "7"}), or {@code null} */
    public String currentETag() {
        return currentETag;
    }
}
