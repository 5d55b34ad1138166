package io.bulwark.server.internal.components;

import java.util.UUID;

/**
 * An agent as notifying needs it.
 *
 * @param id
 *            its id
 * @param domainId
 *            its domain, {@code null} under the root
 * @param componentVersions
 *            the component versions it last reported, as stored (a JSON object), or {@code null}
 */
record NotifiedAgent(UUID id, Long domainId, String componentVersions) {
}
