package io.bulwark.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.bulwark.protocol.move.BatchProof;
import io.bulwark.protocol.move.ReceiptRefusedException;
import io.bulwark.protocol.move.ReceiptTree;

/**
 * The tree over a batch of receipts against RFC 6962's definition of the tree hash, computed here on its own, and the
 * proofs it hands out: each leads from its leaf to the root, and no altered proof does.
 */
class ReceiptTreeTest {

    @Test
    void aLoneReceiptIsATreeOfOneLeaf() throws Exception {
        byte[] text = text(0);
        ReceiptTree tree = ReceiptTree.of(List.of(text));

        assertArrayEquals(leaf(text), tree.root());
        assertEquals(new BatchProof(0, 1, List.of()), tree.proof(0));
        assertArrayEquals(tree.root(), ReceiptTree.rootOf(text, tree.proof(0)));
    }

    @Test
    void theRootIsRfc6962sTreeHash() {
        for (int size = 1; size <= 17; size++) {
            List<byte[]> texts = texts(size);
            assertArrayEquals(treeHash(texts), ReceiptTree.of(texts).root(), "a batch of " + size);
        }
    }

    @Test
    void everyProofOfBatchesOfOneToNineLeadsToTheRoot() throws Exception {
        for (int size = 1; size <= 9; size++) {
            List<byte[]> texts = texts(size);
            ReceiptTree tree = ReceiptTree.of(texts);
            for (int index = 0; index < size; index++) {
                BatchProof proof = tree.proof(index);
                assertEquals(new BatchProof(index, size, proof.path()), proof);
                assertArrayEquals(tree.root(), ReceiptTree.rootOf(texts.get(index), proof),
                        "leaf " + index + " of " + size);
            }
        }
    }

    @Test
    void noAlteredProofLeadsToTheRoot() throws Exception {
        for (int size = 1; size <= 9; size++) {
            List<byte[]> texts = texts(size);
            ReceiptTree tree = ReceiptTree.of(texts);
            for (int index = 0; index < size; index++) {
                String where = "leaf " + index + " of " + size;
                BatchProof proof = tree.proof(index);
                List<String> path = proof.path();
                for (int step = 0; step < path.size(); step++) {
                    for (int bit = 0; bit < 256; bit += 37) {
                        List<String> flipped = new ArrayList<>(path);
                        flipped.set(step, flip(path.get(step), bit));
                        assertLeadsElsewhereOrRefused(tree, texts.get(index), new BatchProof(index, size, flipped),
                                where + ", bit " + bit + " of hash " + step + " flipped");
                    }
                }
                for (int step = 0; step + 1 < path.size(); step++) {
                    List<String> swapped = new ArrayList<>(path);
                    swapped.set(step, path.get(step + 1));
                    swapped.set(step + 1, path.get(step));
                    assertLeadsElsewhereOrRefused(tree, texts.get(index), new BatchProof(index, size, swapped),
                            where + ", hashes " + step + " and " + (step + 1) + " swapped");
                }
                for (int other = 0; other < size; other++) {
                    if (other != index) {
                        assertLeadsElsewhereOrRefused(tree, texts.get(index), new BatchProof(other, size, path),
                                where + " at index " + other);
                        assertLeadsElsewhereOrRefused(tree, texts.get(other), proof,
                                "leaf " + other + " with the proof of " + where);
                    }
                }
                byte[] altered = texts.get(index).clone();
                altered[altered.length - 1] ^= 1;
                assertLeadsElsewhereOrRefused(tree, altered, proof, where + " with its text altered");
            }
        }
    }

    @Test
    void aLeafCannotPassForAnInnerNode() throws Exception {
        List<byte[]> texts = texts(2);
        byte[] children = new byte[64];
        System.arraycopy(leaf(texts.get(0)), 0, children, 0, 32);
        System.arraycopy(leaf(texts.get(1)), 0, children, 32, 32);

        assertFalse(Arrays.equals(ReceiptTree.of(texts).root(),
                ReceiptTree.rootOf(children, new BatchProof(0, 1, List.of()))));
    }

    @Test
    void aPathAloneDoesNotFixTheBatchSizeSoTheSignatureCoversIt() throws Exception {
        List<byte[]> texts = texts(3);
        ReceiptTree tree = ReceiptTree.of(texts);
        BatchProof proof = tree.proof(0);

        assertArrayEquals(tree.root(), ReceiptTree.rootOf(texts.get(0), new BatchProof(0, 4, proof.path())),
                "leaf 0 of 3 has the path of leaf 0 of 4 whose last two leaves' subtree is leaf 2; what the target"
                        + " signs names the size (MoveReceiptsTest refuses another size)");
    }

    @Test
    void malformedProofsAreRefused() {
        byte[] text = text(0);
        String hash = Base64.getEncoder().encodeToString(new byte[32]);
        List<BatchProof> malformed = Arrays.asList(null, new BatchProof(0, 1, null), new BatchProof(0, 0, List.of()),
                new BatchProof(-1, 2, List.of(hash)), new BatchProof(2, 2, List.of(hash)),
                new BatchProof(0, ReceiptTree.MAX_SIZE + 1, List.of()), new BatchProof(0, 2, List.of()),
                new BatchProof(0, 1, List.of(hash)), new BatchProof(0, 2, List.of(hash, hash)),
                new BatchProof(0, 2, List.of("not Base64!")),
                new BatchProof(0, 2, List.of(Base64.getEncoder().encodeToString(new byte[31]))),
                new BatchProof(0, 2, Arrays.asList((String) null)));
        for (BatchProof proof : malformed) {
            assertThrows(ReceiptRefusedException.class, () -> ReceiptTree.rootOf(text, proof), String.valueOf(proof));
        }
    }

    private static void assertLeadsElsewhereOrRefused(ReceiptTree tree, byte[] text, BatchProof proof, String what) {
        try {
            assertFalse(Arrays.equals(tree.root(), ReceiptTree.rootOf(text, proof)), what);
        } catch (ReceiptRefusedException e) {
            // refused outright: as good as leading elsewhere
        }
    }

    /** RFC 6962, section 2.1: the tree hash, split at the largest power of two below the count. */
    private static byte[] treeHash(List<byte[]> texts) {
        if (texts.size() == 1) {
            return leaf(texts.get(0));
        }
        int split = Integer.highestOneBit(texts.size() - 1);
        return digest((byte) 1, treeHash(texts.subList(0, split)), treeHash(texts.subList(split, texts.size())));
    }

    private static byte[] leaf(byte[] text) {
        return digest((byte) 0, text);
    }

    private static byte[] digest(byte prefix, byte[]... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(prefix);
            for (byte[] part : parts) {
                sha256.update(part);
            }
            return sha256.digest();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String flip(String base64, int bit) {
        byte[] bytes = Base64.getDecoder().decode(base64);
        bytes[bit / 8] ^= (byte) (1 << (bit % 8));
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static List<byte[]> texts(int size) {
        List<byte[]> texts = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            texts.add(text(i));
        }
        return texts;
    }

    private static byte[] text(int i) {
        return ("receipt " + i).getBytes(StandardCharsets.UTF_8);
    }
}
