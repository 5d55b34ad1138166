package io.bulwark.fleet.internal;

import java.util.Objects;
import java.util.UUID;

/**
 * What an agent is known by: a GUID it creates once and keeps for life, across restarts and moves between servers, the
 * host name of the (simulated) endpoint, and the server it registered with.
 *
 * @param guid
 *            the agent's permanent id
 * @param hostName
 *            the endpoint's host name
 * @param home
 *            the server it registered with, or {@code null} before its first registration
 */
public record AgentIdentity(UUID guid, String hostName, HomeServer home) {

    /**
     * Requires the id and the host name, so a damaged state file fails when read.
     */
    public AgentIdentity {
        Objects.requireNonNull(guid, "guid"); //$NON-NLS-1$
        Objects.requireNonNull(hostName, "hostName"); //$NON-NLS-1$
    }

    /**
     * @param server
     *            the server it registered with
     * @return this agent with that home server
     */
    public AgentIdentity at(HomeServer server) {
        return new AgentIdentity(guid, hostName, server);
    }
}
