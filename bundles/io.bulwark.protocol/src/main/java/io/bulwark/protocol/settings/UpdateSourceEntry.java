package io.bulwark.protocol.settings;

/**
 * One row of a custom update source list: agents in {@link #ipRange()} update from a URL or from an update agent.
 * Exactly one of {@link #url()} and {@link #updateAgentId()} is set.
 *
 * @param ipRange
 *            an IPv4 or IPv6 range: one address, {@code address/prefix} or {@code first-last}
 * @param url
 *            an {@code http} or {@code https} URL of a component share, without user information
 * @param updateAgentId
 *            the id (GUID) of the update agent that serves the range
 */
public record UpdateSourceEntry(String ipRange, String url, String updateAgentId) {
}
