package io.bulwark.fleet.internal;

import java.util.Objects;
import java.util.UUID;

/**
 * The server an agent registered with and reports to: kept in the state folder so that a restarted fleet resumes with
 * the same agents on the same server instead of registering them anew.
 *
 * @param url
 *            the server's base URL
 * @param serverId
 *            the server's identity, as it answered the registration
 * @param registeredAt
 *            when the agent registered there, ISO-8601
 */
public record HomeServer(String url, UUID serverId, String registeredAt) {

    /**
     * Requires the URL and the server id, so a damaged state file fails when read.
     */
    public HomeServer {
        Objects.requireNonNull(url, "url"); //$NON-NLS-1$
        Objects.requireNonNull(serverId, "serverId"); //$NON-NLS-1$
    }
}
