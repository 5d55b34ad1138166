package io.bulwark.server.internal.storage;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Who this server is: an id created on first start and kept for the server's life (agents and consoles know the server
 * by it), and the display name the administrator chose.
 *
 * @param serverId
 *            the server's permanent id
 * @param name
 *            the display name
 * @param createdAt
 *            when the server was first started
 */
public record ServerIdentity(UUID serverId, String name, OffsetDateTime createdAt) {
}
