package io.bulwark.protocol.agent;

import java.util.Map;
import java.util.UUID;

/**
 * The body of {@code POST /agent/v1/register}: who the agent is and how often it will call. Registering again with the
 * same {@code agentId} is harmless: the server keeps the agent (and its domain) and takes the new facts.
 *
 * @param agentId
 *            the GUID the agent made once and keeps for life, across restarts and moves
 * @param hostName
 *            the endpoint's host name
 * @param ip
 *            the endpoint's IPv4 or IPv6 address literal; automatic grouping rules match it
 * @param agentVersion
 *            the agent program's version
 * @param heartbeatIntervalMillis
 *            how often the agent will send heartbeats, {@value #MIN_INTERVAL_MILLIS} ms to
 *            {@value #MAX_INTERVAL_MILLIS} ms; the server calls it offline after {@value #MISSED_INTERVALS_OFFLINE}
 *            missed intervals
 * @param roaming
 *            whether the endpoint is outside the corporate network
 * @param componentVersions
 *            the versions of the agent's components (patterns, engines) by component name; may be empty
 */
public record Registration(UUID agentId, String hostName, String ip, String agentVersion, int heartbeatIntervalMillis,
        boolean roaming, Map<String, String> componentVersions) {

    /** The shortest heartbeat interval a server accepts. */
    public static final int MIN_INTERVAL_MILLIS = 100;

    /** The longest heartbeat interval a server accepts: one hour. */
    public static final int MAX_INTERVAL_MILLIS = 3_600_000;

    /** An agent that missed this many heartbeat intervals is offline. */
    public static final int MISSED_INTERVALS_OFFLINE = 3;

    /** Freezes the component versions. */
    public Registration {
        componentVersions = componentVersions == null ? Map.of() : Map.copyOf(componentVersions);
    }
}
