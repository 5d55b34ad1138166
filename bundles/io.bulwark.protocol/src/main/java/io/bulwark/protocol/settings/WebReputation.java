package io.bulwark.protocol.settings;

/**
 * Web reputation: blocking of web sites by their reputation, with one policy for agents inside the corporate network
 * and one for agents outside it. {@link #location()} tells an agent where it is.
 *
 * @param internalAgents
 *            the policy for agents inside the corporate network
 * @param externalAgents
 *            the policy for agents outside it (e.g. roaming laptops)
 * @param location
 *            how an agent decides it is inside
 */
public record WebReputation(WebReputationPolicy internalAgents, WebReputationPolicy externalAgents,
        LocationCriteria location) {
}
