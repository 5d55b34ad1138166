package io.bulwark.protocol.admin;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One agent as {@code GET /api/v1/agents} lists it: enough for a tree or a table row. Details, inventory and commands
 * are in {@link AgentDetail}.
 *
 * @param id
 *            the agent's GUID
 * @param hostName
 *            the endpoint's host name
 * @param ip
 *            its IPv4 or IPv6 address
 * @param status
 *            one of {@link AgentStatus#ALL}
 * @param domainId
 *            its domain, or {@code null} directly under the root
 * @param agentVersion
 *            the agent program's version
 * @param lastSeen
 *            when the server last heard from it
 * @param updateAgent
 *            whether it redistributes components to its peers
 * @param os
 *            operating system name and version from its latest inventory, or {@code null} before the first
 * @param componentVersions
 *            the component versions it last reported, by component name in name order, or {@code null}: only a listing
 *            of agents out of date carries them (they are why it lists the agent), since they would make every listing
 *            of a large fleet several times larger
 */
public record AgentSummary(UUID id, String hostName, String ip, String status, Long domainId, String agentVersion,
        Instant lastSeen, boolean updateAgent, String os, Map<String, String> componentVersions) {

    /** Keeps component versions unmodifiable and in name order, so that equal agents write equal JSON. */
    public AgentSummary {
        componentVersions = componentVersions == null
                ? null
                : Collections.unmodifiableMap(new TreeMap<>(componentVersions));
    }

    /**
     * An agent as every listing shows it, without component versions.
     *
     * @param id
     *            the agent's GUID
     * @param hostName
     *            the endpoint's host name
     * @param ip
     *            its IPv4 or IPv6 address
     * @param status
     *            one of {@link AgentStatus#ALL}
     * @param domainId
     *            its domain, or {@code null} directly under the root
     * @param agentVersion
     *            the agent program's version
     * @param lastSeen
     *            when the server last heard from it
     * @param updateAgent
     *            whether it redistributes components to its peers
     * @param os
     *            operating system name and version from its latest inventory, or {@code null} before the first
     */
    public AgentSummary(UUID id, String hostName, String ip, String status, Long domainId, String agentVersion,
            Instant lastSeen, boolean updateAgent, String os) {
        this(id, hostName, ip, status, domainId, agentVersion, lastSeen, updateAgent, os, null);
    }

    /**
     * @param versions
     *            component versions by name, or {@code null}
     * @return the same agent with those component versions
     */
    public AgentSummary withComponentVersions(Map<String, String> versions) {
        return new AgentSummary(id, hostName, ip, status, domainId, agentVersion, lastSeen, updateAgent, os, versions);
    }
}
