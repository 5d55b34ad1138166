package io.bulwark.server.internal.moves;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import io.bulwark.protocol.move.MoveReceipt;
import io.bulwark.protocol.move.MoveReceipts;
import io.bulwark.server.internal.batching.LeaderBatches;
import io.bulwark.server.internal.tls.ServerCertificate;
import io.bulwark.server.internal.tls.ServerCertificateStore;

/**
 * Signs receipts for arriving agents with this server's TLS certificate key, so that a source that pinned this server's
 * fingerprint can check them.
 * <p>
 * A signature costs far more than the rest of an arrival, so the receipts of agents arriving at about the same moment
 * share one, as commits share a transaction in the storage's group commit ({@link LeaderBatches}): each caller queues
 * its receipt and waits; one of them at a time leads, takes every receipt queued by then (at most {@value #MAX_BATCH}),
 * signs the root of their tree once ({@link MoveReceipts#sign(List, X509Certificate, PrivateKey)}) and hands each
 * caller its receipt with its own proof. A caller alone waits for nobody: it leads a batch of one at once.
 */
final class ReceiptSigner {

    /** At most this many receipts share a signature, which keeps each receipt's proof at most 10 hashes long. */
    static final int MAX_BATCH = 1024;

    private final X509Certificate certificate;
    private final PrivateKey key;
    private final LeaderBatches<Waiting> batches = new LeaderBatches<>(MAX_BATCH, this::signTogether);

    /** One caller's receipt and, once signed, the outcome. */
    private static final class Waiting extends LeaderBatches.Piece {
        final MoveReceipt unsigned;
        MoveReceipt signed;

        Waiting(MoveReceipt unsigned) {
            this.unsigned = unsigned;
        }
    }

    /**
     * @param certificate
     *            the certificate receipts carry
     * @param key
     *            its private key
     */
    ReceiptSigner(X509Certificate certificate, PrivateKey key) {
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

    /**
     * @param agentId
     *            the agent that arrived
     * @param sourceServerId
     *            the server it left
     * @param targetServerId
     *            this server
     * @param ticketId
     *            the ticket it presented
     * @param now
     *            when the receipt is issued
     * @return its receipt's members, unsigned, as the ticket's entry stores it until {@link #signed} signs it
     */
    static MoveReceipt unsigned(UUID agentId, UUID sourceServerId, UUID targetServerId, UUID ticketId,
            Instant now) {
        return new MoveReceipt(agentId, sourceServerId, targetServerId, ticketId, now, null, null, null);
    }

    /**
     * Signs a stored receipt, in a batch with the receipts other callers wait for at the same moment. The arrivals that
     * shared a commit ask at once, and share a signature. Signing the same members again gives the same receipt with
     * another signature, which proves the same; a receipt stored signed, before receipts were stored unsigned, is
     * returned as it is.
     *
     * @param stored
     *            a receipt as stored with the ticket's entry
     * @return it signed
     * @throws GeneralSecurityException
     *             if the key cannot sign
     */
    MoveReceipt signed(MoveReceipt stored) throws GeneralSecurityException {
        if (stored.signature() != null) {
            return stored;
        }
        Waiting waiting = new Waiting(stored);
        batches.await(waiting);
        if (waiting.failure() instanceof GeneralSecurityException e) {
            throw e;
        }
        if (waiting.failure() instanceof RuntimeException e) {
            throw e;
        }
        if (waiting.failure() instanceof Error e) {
            throw e;
        }
        return waiting.signed;
    }

    /**
     * Signs many stored receipts with one signature, e.g. those a source asks about at once.
     *
     * @param stored
     *            receipts as stored; those stored signed are kept as they are
     * @return them signed, in the same order
     * @throws GeneralSecurityException
     *             if the key cannot sign
     */
    List<MoveReceipt> signedAll(List<MoveReceipt> stored) throws GeneralSecurityException {
        List<MoveReceipt> unsigned = stored.stream().filter(receipt -> receipt.signature() == null).toList();
        if (unsigned.isEmpty()) {
            return stored;
        }
        Iterator<MoveReceipt> signed = MoveReceipts.sign(unsigned, certificate, key).iterator();
        return stored.stream().map(receipt -> receipt.signature() == null ? signed.next() : receipt).toList();
    }

    private void signTogether(List<Waiting> batch) {
        try {
            List<MoveReceipt> signed = MoveReceipts.sign(batch.stream().map(waiting -> waiting.unsigned).toList(),
                    certificate, key);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).signed = signed.get(i);
            }
        } catch (GeneralSecurityException e) {
            for (Waiting waiting : batch) {
                waiting.fail(e);
            }
        }
    }
}
