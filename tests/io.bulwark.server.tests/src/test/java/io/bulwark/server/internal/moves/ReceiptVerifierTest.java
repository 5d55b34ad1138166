package io.bulwark.server.internal.moves;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.move.BatchProof;
import io.bulwark.protocol.move.MoveReceipt;
import io.bulwark.protocol.move.MoveReceipts;
import io.bulwark.protocol.move.ReceiptRefusedException;
import io.bulwark.server.internal.tls.SelfSignedCertificateFactory;

/**
 * The source's receipt verifier against the protocol's own {@link MoveReceipts#verify}: it accepts the receipts that
 * one accepts and refuses those it refuses, whether it met the target's certificate before (and kept its key) or not,
 * and whether it verified the signature of the receipt's batch before or not.
 */
class ReceiptVerifierTest {

    private static SelfSignedCertificateFactory.Issued target;
    private static SelfSignedCertificateFactory.Issued other;
    private static CertificateFingerprint targetFingerprint;

    @BeforeAll
    static void certificates() throws Exception {
        SelfSignedCertificateFactory factory = new SelfSignedCertificateFactory();
        target = factory.issue("target.example", 1);
        other = factory.issue("other.example", 1);
        targetFingerprint = CertificateFingerprint.of(target.certificate());
    }

    @Test
    void acceptsEveryGenuineReceiptOfTheTarget() throws Exception {
        ReceiptVerifier verifier = new ReceiptVerifier();
        for (int i = 0; i < 50; i++) {
            MoveReceipt receipt = receipt(target);
            assertDoesNotThrow(() -> MoveReceipts.verify(receipt, targetFingerprint));
            assertDoesNotThrow(() -> verifier.verify(receipt, targetFingerprint), "receipt " + i);
        }
    }

    @Test
    void refusesWhatTheProtocolRefusesWhetherItKnowsTheCertificateOrNot() throws Exception {
        ReceiptVerifier warm = new ReceiptVerifier();
        warm.verify(receipt(target), targetFingerprint);
        List<MoveReceipt> batch = batch(target, 5);
        for (MoveReceipt receipt : batch) {
            warm.verify(receipt, targetFingerprint);
        }
        for (Map.Entry<String, MoveReceipt> forged : forgeries(batch).entrySet()) {
            MoveReceipt receipt = forged.getValue();
            assertThrows(Exception.class, () -> MoveReceipts.verify(receipt, targetFingerprint),
                    "the protocol refuses " + forged.getKey());
            assertThrows(ReceiptRefusedException.class,
                    () -> new ReceiptVerifier().verify(receipt, targetFingerprint), forged.getKey());
            assertThrows(ReceiptRefusedException.class,
                    () -> warm.verify(receipt, targetFingerprint),
                    forged.getKey() + ", certificate and genuine batch known");
        }
    }

    @Test
    void aVerifiedBatchLetsOnlyItsOwnReceiptsThrough() throws Exception {
        ReceiptVerifier verifier = new ReceiptVerifier();
        List<MoveReceipt> batch = batch(target, 9);
        for (MoveReceipt receipt : batch) {
            verifier.verify(receipt, targetFingerprint);
        }
        MoveReceipt first = batch.get(0);
        for (MoveReceipt receipt : batch) {
            assertThrows(ReceiptRefusedException.class,
                    () -> verifier.verify(withTicket(receipt, UUID.randomUUID()), targetFingerprint),
                    "an altered receipt of a batch already verified");
        }
        for (MoveReceipt receipt : batch.subList(1, batch.size())) {
            assertThrows(ReceiptRefusedException.class,
                    () -> verifier.verify(withProof(receipt, first.proof()), targetFingerprint),
                    "another receipt's proof, with the batch's signature");
        }
        assertThrows(ReceiptRefusedException.class,
                () -> verifier.verify(first, CertificateFingerprint.of(other.certificate())),
                "a verified batch for a move to another server");
    }

    @Test
    void receiptsSignedConcurrentlyShareSignaturesAndEachVerifies() throws Exception {
        ReceiptSigner signer = new ReceiptSigner(target.certificate(), target.keyPair().getPrivate());
        int agents = 64;
        ExecutorService threads = Executors.newFixedThreadPool(16);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<MoveReceipt>> signing = new ArrayList<>();
            for (int i = 0; i < agents; i++) {
                signing.add(threads.submit(() -> {
                    start.await();
                    return signer.signed(ReceiptSigner.unsigned(UUID.randomUUID(), UUID.randomUUID(),
                            UUID.randomUUID(), UUID.randomUUID(), Instant.now()));
                }));
            }
            start.countDown();
            Map<String, List<Integer>> bySignature = new HashMap<>();
            ReceiptVerifier verifier = new ReceiptVerifier();
            for (Future<MoveReceipt> future : signing) {
                MoveReceipt receipt = future.get(1, TimeUnit.MINUTES);
                MoveReceipts.verify(receipt, targetFingerprint);
                verifier.verify(receipt, targetFingerprint);
                bySignature.computeIfAbsent(receipt.signature(), signature -> new ArrayList<>())
                        .add(receipt.proof().index());
            }
            for (MoveReceipt receipt : signing.stream().map(ReceiptVerifierTest::done).toList()) {
                List<Integer> indexes = bySignature.get(receipt.signature());
                assertEquals(receipt.proof().size(), indexes.size(), "a batch's receipts all carry its size");
                assertEquals(IntStream.range(0, indexes.size()).boxed().collect(Collectors.toSet()),
                        Set.copyOf(indexes), "a batch's receipts each have an index of their own");
            }
        } finally {
            threads.shutdownNow();
        }
    }

    private static MoveReceipt done(Future<MoveReceipt> future) {
        try {
            return future.get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aKnownCertificateIsRefusedForAMoveToAnotherServer() throws Exception {
        ReceiptVerifier verifier = new ReceiptVerifier();
        MoveReceipt receipt = receipt(target);
        verifier.verify(receipt, targetFingerprint);

        assertThrows(ReceiptRefusedException.class,
                () -> verifier.verify(receipt, CertificateFingerprint.of(other.certificate())));
    }

    @Test
    void receiptsOfOtherKeysAreVerifiedByTheProtocol() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        X500Name name = new X500Name("CN=rsa.example");
        X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(
                name, BigInteger.ONE, new Date(), new Date(System.currentTimeMillis() + 86_400_000L), name,
                keys.getPublic()).build(new JcaContentSignerBuilder("SHA256withRSA").build(keys.getPrivate())));
        SelfSignedCertificateFactory.Issued rsa = new SelfSignedCertificateFactory.Issued(keys, certificate);
        CertificateFingerprint fingerprint = CertificateFingerprint.of(certificate);
        MoveReceipt genuine = receipt(rsa);
        ReceiptVerifier verifier = new ReceiptVerifier();

        verifier.verify(genuine, fingerprint);
        assertThrows(ReceiptRefusedException.class,
                () -> verifier.verify(withTicket(genuine, UUID.randomUUID()), fingerprint));
    }

    /**
     * @param batch
     *            five receipts the target signed together
     * @return receipts that must not pass, by what is wrong with them
     */
    private static Map<String, MoveReceipt> forgeries(List<MoveReceipt> batch) throws Exception {
        MoveReceipt genuine = receipt(target);
        Map<String, MoveReceipt> forged = new LinkedHashMap<>();
        forged.put("an altered ticket", withTicket(genuine, UUID.randomUUID()));
        forged.put("an altered agent", new MoveReceipt(UUID.randomUUID(), genuine.sourceServerId(),
                genuine.targetServerId(), genuine.ticketId(), genuine.issuedAt(), genuine.certificate(),
                genuine.signature(), genuine.proof()));
        MoveReceipt byOther = receipt(other);
        forged.put("another key's signature with the target's certificate",
                withSignature(byOther, genuine.certificate(), byOther.signature()));
        forged.put("another server's certificate", byOther);
        forged.put("no signature", withSignature(genuine, genuine.certificate(), null));
        forged.put("a signature with a byte after it",
                withSignature(genuine, genuine.certificate(), base64(append(decode(genuine.signature()), (byte) 0))));
        forged.put("a signature that is not Base64", withSignature(genuine, genuine.certificate(), "not base64!"));
        forged.put("a signature that is not DER", withSignature(genuine, genuine.certificate(), base64(new byte[]{1})));
        ASN1Sequence rs = ASN1Sequence.getInstance(decode(genuine.signature()));
        forged.put("r = 0", withSignature(genuine, genuine.certificate(), base64(new DERSequence(
                new ASN1Integer[]{new ASN1Integer(0), (ASN1Integer) rs.getObjectAt(1)}).getEncoded())));
        forged.put("a certificate that is not one",
                withSignature(genuine, base64("not a certificate".getBytes()), genuine.signature()));
        MoveReceipt third = batch.get(2);
        List<String> path = third.proof().path();
        forged.put("a batch receipt with another's index", withProof(third, new BatchProof(3, 5, path)));
        forged.put("a batch receipt claiming a larger batch", withProof(third, new BatchProof(2, 6, path)));
        forged.put("a batch receipt with its siblings swapped",
                withProof(third, new BatchProof(2, 5, List.of(path.get(1), path.get(0), path.get(2)))));
        forged.put("a batch receipt with a hash left out", withProof(third, new BatchProof(2, 5, path.subList(0, 2))));
        forged.put("a batch receipt with a hash too many", withProof(third,
                new BatchProof(2, 5, List.of(path.get(0), path.get(1), path.get(2), path.get(0)))));
        forged.put("a batch receipt with another agent", new MoveReceipt(batch.get(3).agentId(),
                third.sourceServerId(), third.targetServerId(), third.ticketId(), third.issuedAt(),
                third.certificate(), third.signature(), third.proof()));
        forged.put("a batch receipt without its proof", withProof(third, null));
        forged.put("a lone receipt without its proof", withProof(genuine, null));
        return forged;
    }

    private static MoveReceipt receipt(SelfSignedCertificateFactory.Issued signer) throws Exception {
        return MoveReceipts.sign(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                Instant.now(), signer.certificate(), signer.keyPair().getPrivate());
    }

    private static List<MoveReceipt> batch(SelfSignedCertificateFactory.Issued signer, int size) throws Exception {
        List<MoveReceipt> unsigned = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            unsigned.add(new MoveReceipt(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                    Instant.now(), null, null, null));
        }
        return MoveReceipts.sign(unsigned, signer.certificate(), signer.keyPair().getPrivate());
    }

    private static MoveReceipt withProof(MoveReceipt receipt, BatchProof proof) {
        return new MoveReceipt(receipt.agentId(), receipt.sourceServerId(), receipt.targetServerId(),
                receipt.ticketId(), receipt.issuedAt(), receipt.certificate(), receipt.signature(), proof);
    }

    private static MoveReceipt withTicket(MoveReceipt receipt, UUID ticketId) {
        return new MoveReceipt(receipt.agentId(), receipt.sourceServerId(), receipt.targetServerId(), ticketId,
                receipt.issuedAt(), receipt.certificate(), receipt.signature(), receipt.proof());
    }

    private static MoveReceipt withSignature(MoveReceipt receipt, String certificate, String signature) {
        return new MoveReceipt(receipt.agentId(), receipt.sourceServerId(), receipt.targetServerId(),
                receipt.ticketId(), receipt.issuedAt(), certificate, signature, receipt.proof());
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64);
    }

    private static String base64(byte[] bytes) {
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static byte[] append(byte[] bytes, byte extra) {
        byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
        longer[bytes.length] = extra;
        return longer;
    }
}
