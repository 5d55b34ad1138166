package io.bulwark.server.internal.moves;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

import io.bulwark.protocol.move.MoveReceipt;
import io.bulwark.protocol.move.MoveReceipts;
import io.bulwark.server.internal.tls.ServerCertificate;
import io.bulwark.server.internal.tls.ServerCertificateStore;

/**
 * Signs receipts for arriving agents with this server's TLS certificate key, so that a source that pinned this server's
 * fingerprint can check them.
 * <p>
 * A signature costs far more than the rest of an arrival, so the receipts of agents arriving at about the same moment
 * share one, as commits share a transaction in the storage's group commit: each caller queues its receipt and waits;
 * one of them at a time leads, takes every receipt queued by then (at most {@value #MAX_BATCH}), signs the root of
 * their tree once ({@link MoveReceipts#sign(List, X509Certificate, PrivateKey)}) and hands each caller its receipt with
 * its own proof. A caller alone waits for nobody: it leads a batch of one at once.
 */
final class ReceiptSigner {

    /** At most this many receipts share a signature, which keeps each receipt's proof at most 10 hashes long. */
    static final int MAX_BATCH = 1024;

    /**
     * How long a waiting caller sleeps at most before it looks again whether it must lead; the leader wakes it sooner
     * when its receipt is signed or it is next to lead.
     */
    private static final long WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final X509Certificate certificate;
    private final PrivateKey key;
    private final ReentrantLock leading = new ReentrantLock();
    private final Queue<Waiting> queued = new ConcurrentLinkedQueue<>();

    /** One caller's receipt and, once signed, the outcome. */
    private static final class Waiting {
        final MoveReceipt unsigned;
        final Thread caller;
        MoveReceipt signed;
        Throwable failure;
        volatile boolean done;

        Waiting(MoveReceipt unsigned, Thread caller) {
            this.unsigned = unsigned;
            this.caller = caller;
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
     * Signs one agent's receipt, in a batch with the receipts other callers wait for at the same moment.
     *
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
     * @return the signed receipt
     * @throws GeneralSecurityException
     *             if the key cannot sign
     */
    MoveReceipt sign(UUID agentId, UUID sourceServerId, UUID targetServerId, UUID ticketId, Instant now)
            throws GeneralSecurityException {
        Waiting waiting = new Waiting(
                new MoveReceipt(agentId, sourceServerId, targetServerId, ticketId, now, null, null, null),
                Thread.currentThread());
        queued.add(waiting);
        while (!waiting.done) {
            if (leading.tryLock()) {
                try {
                    if (!waiting.done) {
                        lead();
                    }
                } finally {
                    leading.unlock();
                }
                Waiting next = queued.peek();
                if (next != null) {
                    LockSupport.unpark(next.caller); // it leads the next batch
                }
            } else {
                LockSupport.parkNanos(this, WAIT_NANOS);
            }
        }
        if (waiting.failure instanceof GeneralSecurityException e) {
            throw e;
        }
        if (waiting.failure instanceof RuntimeException e) {
            throw e;
        }
        if (waiting.failure instanceof Error e) {
            throw e;
        }
        return waiting.signed;
    }

    private void lead() {
        List<Waiting> batch = new ArrayList<>();
        for (Waiting next = queued.poll(); next != null; next = batch.size() < MAX_BATCH ? queued.poll() : null) {
            batch.add(next);
        }
        try {
            List<MoveReceipt> signed = MoveReceipts.sign(batch.stream().map(waiting -> waiting.unsigned).toList(),
                    certificate, key);
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).signed = signed.get(i);
            }
        } catch (GeneralSecurityException | RuntimeException | Error e) {
            for (Waiting waiting : batch) {
                waiting.failure = e;
            }
        }
        for (Waiting waiting : batch) {
            waiting.done = true;
            LockSupport.unpark(waiting.caller);
        }
    }
}
