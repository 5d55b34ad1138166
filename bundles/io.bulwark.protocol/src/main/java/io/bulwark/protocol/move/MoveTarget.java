package io.bulwark.protocol.move;

import java.util.UUID;

/**
 * Where agents move to: the target server as agents reach it.
 *
 * @param serverId
 *            the target's identity ({@code ServerInfo.serverId}); receipts name it
 * @param host
 *            the host name or IP literal agents connect to
 * @param port
 *            the target's listening port, 1 to 65535
 * @param fingerprint
 *            the SHA-256 fingerprint of the target's certificate (see
 *            {@link io.bulwark.protocol.CertificateFingerprint}); agents pin it and the source verifies receipts
 *            against it
 */
public record MoveTarget(UUID serverId, String host, int port, String fingerprint) {
}
