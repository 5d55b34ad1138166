package io.bulwark.fleet.internal;

import java.net.URI;
import java.util.Objects;
import java.util.UUID;

import io.bulwark.protocol.CertificateFingerprint;

/**
 * The server an agent reports to: kept in the state folder so that a restarted fleet resumes with the same agents on
 * the same servers instead of registering them anew. Agents of one fleet may have different homes once some have moved
 * to another server; each home carries the certificate fingerprint its agents pin.
 *
 * @param url
 *            the server's base URL
 * @param serverId
 *            the server's identity, as it answered the registration (or as the move named it)
 * @param registeredAt
 *            when the agent registered there (or arrived there), ISO-8601
 * @param fingerprint
 *            the SHA-256 fingerprint of the server's certificate, colon-separated hex; {@code null} only for a plain
 *            HTTP server, or in a state folder written before homes carried their fingerprint
 */
public record HomeServer(String url, UUID serverId, String registeredAt, String fingerprint) {

    /**
     * Requires the URL and the server id, so a damaged state file fails when read.
     */
    public HomeServer {
        Objects.requireNonNull(url, "url"); //$NON-NLS-1$
        Objects.requireNonNull(serverId, "serverId"); //$NON-NLS-1$
    }

    /** @return the base URL */
    public URI uri() {
        return URI.create(url);
    }

    /** @return whether it is reached over HTTPS, so it needs a fingerprint to pin */
    public boolean https() {
        return "https".equalsIgnoreCase(uri().getScheme()); //$NON-NLS-1$
    }

    /** @return the fingerprint to pin, or {@code null} over plain HTTP */
    public CertificateFingerprint pinnedFingerprint() {
        return fingerprint == null ? null : CertificateFingerprint.parse(fingerprint);
    }

    /**
     * @param pinned
     *            the fingerprint to pin
     * @return this home with that fingerprint
     */
    public HomeServer withFingerprint(String pinned) {
        return new HomeServer(url, serverId, registeredAt, pinned);
    }
}
