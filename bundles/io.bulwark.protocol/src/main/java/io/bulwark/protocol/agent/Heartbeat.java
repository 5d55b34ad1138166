package io.bulwark.protocol.agent;

import java.util.Map;
import java.util.UUID;

/**
 * The body of {@code POST /agent/v1/heartbeat}: the agent is alive, and how it is. Sent every declared interval. An
 * agent the server does not know gets 404 {@code unknown_agent} and registers again.
 *
 * @param agentId
 *            the agent's id
 * @param roaming
 *            whether the endpoint is outside the corporate network now
 * @param componentVersions
 *            the component versions, or {@code null} if unchanged since the last report
 */
public record Heartbeat(UUID agentId, boolean roaming, Map<String, String> componentVersions) {

    /** Freezes the component versions. */
    public Heartbeat {
        componentVersions = componentVersions == null ? null : Map.copyOf(componentVersions);
    }
}
