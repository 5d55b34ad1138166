package io.bulwark.server.internal.moves;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.UUID;

import io.bulwark.protocol.move.MoveReceipt;
import io.bulwark.protocol.move.MoveReceipts;
import io.bulwark.server.internal.tls.ServerCertificate;
import io.bulwark.server.internal.tls.ServerCertificateStore;

/**
 * Signs receipts for arriving agents with this server's TLS certificate key, so that a source that pinned this server's
 * fingerprint can check them.
 */
final class ReceiptSigner {

    private final X509Certificate certificate;
    private final PrivateKey key;

    private ReceiptSigner(X509Certificate certificate, PrivateKey key) {
        this.certificate = certificate;
        this.key = key;
    }

    /**
     * @param certificate
     *            the server's TLS identity
     * @return a signer with its key
     * @throws GeneralSecurityException
     *             if the key cannot be read from the key store
     */
    static ReceiptSigner of(ServerCertificate certificate) throws GeneralSecurityException {
        PrivateKey key = (PrivateKey) certificate.keyStore().getKey(ServerCertificateStore.ALIAS,
                certificate.password());
        if (key == null) {
            throw new GeneralSecurityException("The key store holds no key " + ServerCertificateStore.ALIAS); //$NON-NLS-1$
        }
        return new ReceiptSigner(certificate.certificate(), key);
    }

    MoveReceipt sign(UUID agentId, UUID sourceServerId, UUID targetServerId, UUID ticketId, Instant now)
            throws GeneralSecurityException {
        return MoveReceipts.sign(agentId, sourceServerId, targetServerId, ticketId, now, certificate, key);
    }
}
