package io.bulwark.protocol.admin;

/**
 * One domain of a server's agent tree, as {@code GET /api/v1/domains} lists them: a flat list in which each domain
 * names its parent, so a client builds the tree in one pass.
 *
 * @param id
 *            the domain's id on this server
 * @param parentId
 *            the parent domain, or {@code null} for a domain directly under the root
 * @param name
 *            its name, unique among its siblings regardless of case
 * @param agentCount
 *            how many agents sit directly in it
 */
public record Domain(long id, Long parentId, String name, long agentCount) {
}
