package io.bulwark.protocol.admin;

/**
 * An automatic grouping rule: an agent that registers from an address in {@code ipRange} is placed in {@code domainId}.
 * Rules are tried by ascending {@code position}; the first match wins; no match leaves the agent under the root.
 *
 * @param id
 *            the rule's id; absent in a create request
 * @param ipRange
 *            an {@link io.bulwark.protocol.IpRange} in its written form
 * @param domainId
 *            where matching agents go
 * @param position
 *            the rule's order among all rules; absent in a create request to append it
 */
public record GroupingRule(Long id, String ipRange, Long domainId, Integer position) {
}
