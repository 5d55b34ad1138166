package io.bulwark.protocol.admin;

/**
 * The body of {@code POST /api/v1/domains} (create: {@code name} required) and {@code PATCH /api/v1/domains/{id}}
 * (rename and/or move: absent members stay as they are; to move a domain to the root, set {@code toRoot}).
 *
 * @param name
 *            the new name: 1–64 characters, no '/' and no control characters
 * @param parentId
 *            the parent domain
 * @param toRoot
 *            {@code true} to place the domain directly under the root (with {@code parentId} absent)
 */
public record DomainRequest(String name, Long parentId, Boolean toRoot) {
}
