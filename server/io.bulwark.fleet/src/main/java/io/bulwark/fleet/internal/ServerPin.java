package io.bulwark.fleet.internal;

import java.util.Objects;

/**
 * The server certificate the fleet trusts: pinned on first contact or given with {@code --server-fingerprint}, and
 * required on every later run.
 *
 * @param serverUrl
 *            the URL the fingerprint was pinned for (informational)
 * @param fingerprint
 *            the SHA-256 fingerprint, colon-separated hex
 * @param pinnedAt
 *            when it was pinned, ISO-8601
 */
public record ServerPin(String serverUrl, String fingerprint, String pinnedAt) {

    /**
     * Requires the fingerprint, so a damaged state file fails when read.
     */
    public ServerPin {
        Objects.requireNonNull(fingerprint, "fingerprint"); //$NON-NLS-1$
    }
}
