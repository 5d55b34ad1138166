package io.bulwark.fleet.internal;

import java.util.Objects;
import java.util.UUID;

/**
 * What an agent is known by: a GUID it creates once and keeps for life, across restarts and moves between servers, and
 * the host name of the (simulated) endpoint.
 *
 * @param guid
 *            the agent's permanent id
 * @param hostName
 *            the endpoint's host name
 */
public record AgentIdentity(UUID guid, String hostName) {

    /**
     * Requires both fields, so a damaged state file fails when read.
     */
    public AgentIdentity {
        Objects.requireNonNull(guid, "guid"); //$NON-NLS-1$
        Objects.requireNonNull(hostName, "hostName"); //$NON-NLS-1$
    }
}
