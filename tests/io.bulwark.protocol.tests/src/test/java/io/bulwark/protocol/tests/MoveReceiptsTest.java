package io.bulwark.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

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

/**
 * Receipts signed in batches: each verifies on its own against its target's fingerprint, and a receipt whose members,
 * proof, signature or certificate were tampered with is refused.
 */
class MoveReceiptsTest {

    private static KeyPair targetKeys;
    private static X509Certificate target;
    private static KeyPair otherKeys;
    private static X509Certificate other;
    private static CertificateFingerprint targetFingerprint;

    @BeforeAll
    static void certificates() throws Exception {
        targetKeys = keys();
        target = certificate("target.example", targetKeys);
        otherKeys = keys();
        other = certificate("other.example", otherKeys);
        targetFingerprint = CertificateFingerprint.of(target);
    }

    @Test
    void everyReceiptOfBatchesOfOneToNineVerifiesOnItsOwn() throws Exception {
        for (int size = 1; size <= 9; size++) {
            List<MoveReceipt> batch = batch(size, targetKeys, target);
            for (MoveReceipt receipt : batch) {
                MoveReceipts.verify(receipt, targetFingerprint);
                assertEquals(size, receipt.proof().size());
                assertEquals(batch.get(0).signature(), receipt.signature(), "one signature for the batch");
            }
        }
    }

    @Test
    void aLoneReceiptIsABatchOfOne() throws Exception {
        MoveReceipt receipt = MoveReceipts.sign(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), Instant.now(), target, targetKeys.getPrivate());

        assertEquals(new BatchProof(0, 1, List.of()), receipt.proof());
        MoveReceipts.verify(receipt, targetFingerprint);
    }

    @Test
    void tamperedReceiptsAreRefused() throws Exception {
        for (int size : new int[]{1, 2, 3, 7}) {
            List<MoveReceipt> batch = batch(size, targetKeys, target);
            for (int index = 0; index < size; index++) {
                for (Map.Entry<String, MoveReceipt> forged : forgeries(batch, index).entrySet()) {
                    ReceiptRefusedException refused = assertThrows(ReceiptRefusedException.class,
                            () -> MoveReceipts.verify(forged.getValue(), targetFingerprint),
                            forged.getKey() + ", leaf " + index + " of " + size);
                    assertTrue(refused.getMessage().startsWith("The receipt"), refused.getMessage());
                }
            }
        }
    }

    @Test
    void aReceiptOfAnotherServerIsRefusedWithBothFingerprints() throws Exception {
        MoveReceipt receipt = batch(3, otherKeys, other).get(1);

        ReceiptRefusedException refused = assertThrows(ReceiptRefusedException.class,
                () -> MoveReceipts.verify(receipt, targetFingerprint));
        assertTrue(refused.getMessage().contains(targetFingerprint.toString()), refused.getMessage());
        assertTrue(refused.getMessage().contains(CertificateFingerprint.of(other).toString()), refused.getMessage());
    }

    @Test
    void aReceiptSignedAloneBeforeBatchesStillVerifies() throws Exception {
        MoveReceipt receipt = batch(1, targetKeys, target).get(0);
        String text = String.join("\n", "bulwark-move-receipt-1", receipt.agentId().toString(),
                receipt.sourceServerId().toString(), receipt.targetServerId().toString(),
                receipt.ticketId().toString(), receipt.issuedAt().toString());
        MoveReceipt first = withProof(withSignature(receipt, sign(targetKeys, text.getBytes(StandardCharsets.UTF_8))),
                null);

        MoveReceipts.verify(first, targetFingerprint);
        assertThrows(ReceiptRefusedException.class,
                () -> MoveReceipts.verify(withProof(first, receipt.proof()), targetFingerprint),
                "a version 1 signature over a version 2 receipt");
        assertThrows(ReceiptRefusedException.class,
                () -> MoveReceipts.verify(withProof(receipt, null), targetFingerprint),
                "a version 2 signature over a version 1 receipt");
    }

    /** @return what must not pass, made from the receipt at index of a genuine batch, by what is wrong with it */
    private static Map<String, MoveReceipt> forgeries(List<MoveReceipt> batch, int index) throws Exception {
        MoveReceipt genuine = batch.get(index);
        BatchProof proof = genuine.proof();
        Map<String, MoveReceipt> forged = new LinkedHashMap<>();
        forged.put("an altered ticket", new MoveReceipt(genuine.agentId(), genuine.sourceServerId(),
                genuine.targetServerId(), UUID.randomUUID(), genuine.issuedAt(), genuine.certificate(),
                genuine.signature(), proof));
        forged.put("an altered agent", new MoveReceipt(UUID.randomUUID(), genuine.sourceServerId(),
                genuine.targetServerId(), genuine.ticketId(), genuine.issuedAt(), genuine.certificate(),
                genuine.signature(), proof));
        forged.put("an altered time", new MoveReceipt(genuine.agentId(), genuine.sourceServerId(),
                genuine.targetServerId(), genuine.ticketId(), genuine.issuedAt().plusMillis(1),
                genuine.certificate(), genuine.signature(), proof));
        forged.put("another index", withProof(genuine,
                new BatchProof((index + 1) % (proof.size() + 1), proof.size(), proof.path())));
        forged.put("another size", withProof(genuine, new BatchProof(index, proof.size() + 1, proof.path())));
        for (int step = 0; step < proof.path().size(); step++) {
            List<String> flipped = new ArrayList<>(proof.path());
            byte[] hash = Base64.getDecoder().decode(flipped.get(step));
            hash[step % hash.length] ^= 0x10;
            flipped.set(step, Base64.getEncoder().encodeToString(hash));
            forged.put("a flipped bit in hash " + step,
                    withProof(genuine, new BatchProof(index, proof.size(), flipped)));
        }
        if (proof.path().size() > 1) {
            List<String> swapped = new ArrayList<>(proof.path());
            swapped.set(0, proof.path().get(1));
            swapped.set(1, proof.path().get(0));
            forged.put("swapped siblings", withProof(genuine, new BatchProof(index, proof.size(), swapped)));
        }
        if (batch.size() > 1) {
            forged.put("another receipt's proof", withProof(genuine, batch.get((index + 1) % batch.size()).proof()));
        }
        forged.put("no proof", withProof(genuine, null));
        MoveReceipt byOther = batch(batch.size(), otherKeys, other).get(index);
        forged.put("another key's signature with the target's certificate",
                withSignature(genuine, byOther.signature()));
        forged.put("another key's signature over the same root",
                withSignature(genuine, sign(otherKeys, MoveReceipts.signedMessage(genuine))));
        forged.put("another server's certificate", new MoveReceipt(genuine.agentId(), genuine.sourceServerId(),
                genuine.targetServerId(), genuine.ticketId(), genuine.issuedAt(), byOther.certificate(),
                genuine.signature(), proof));
        forged.put("no signature", withSignature(genuine, null));
        return forged;
    }

    private static List<MoveReceipt> batch(int size, KeyPair keys, X509Certificate certificate) throws Exception {
        List<MoveReceipt> unsigned = new ArrayList<>();
        UUID ticketId = UUID.randomUUID();
        for (int i = 0; i < size; i++) {
            unsigned.add(new MoveReceipt(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), ticketId,
                    Instant.now(), null, null, null));
        }
        return MoveReceipts.sign(unsigned, certificate, keys.getPrivate());
    }

    private static MoveReceipt withProof(MoveReceipt receipt, BatchProof proof) {
        return new MoveReceipt(receipt.agentId(), receipt.sourceServerId(), receipt.targetServerId(),
                receipt.ticketId(), receipt.issuedAt(), receipt.certificate(), receipt.signature(), proof);
    }

    private static MoveReceipt withSignature(MoveReceipt receipt, String signature) {
        return new MoveReceipt(receipt.agentId(), receipt.sourceServerId(), receipt.targetServerId(),
                receipt.ticketId(), receipt.issuedAt(), receipt.certificate(), signature, receipt.proof());
    }

    private static String sign(KeyPair keys, byte[] text) throws Exception {
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate());
        signer.update(text);
        return Base64.getEncoder().encodeToString(signer.sign());
    }

    private static KeyPair keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    private static X509Certificate certificate(String host, KeyPair keys) throws Exception {
        X500Name name = new X500Name("CN=" + host);
        return new JcaX509CertificateConverter().getCertificate(new JcaX509v3CertificateBuilder(name, BigInteger.ONE,
                new Date(), new Date(System.currentTimeMillis() + 86_400_000L), name, keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
    }
}
