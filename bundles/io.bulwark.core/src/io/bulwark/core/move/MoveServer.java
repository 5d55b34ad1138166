package io.bulwark.core.move;

import java.util.UUID;

/**
 * One end of a move as it stood at planning.
 *
 * @param url
 *            the address the console reaches it at, as {@code https://host:port}
 * @param name
 *            the server's display name
 * @param serverId
 *            the server's identity
 * @param fingerprint
 *            the SHA-256 fingerprint of its certificate, or {@code null} over plain HTTP
 * @param listeningPort
 *            the port its agents use; a move names the target's
 */
public record MoveServer(String url, String name, UUID serverId, String fingerprint, int listeningPort) {
}
