package io.bulwark.protocol.move;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The Merkle tree over the signed texts of receipts that a target signs together, hashed as RFC 6962 hashes its tree:
 * SHA-256 of {@code 0x00} and the text for a leaf, of {@code 0x01} and both children for an inner node, so a leaf can
 * never pass for an inner node. Each level pairs its nodes from the left; the last node of a level with an odd count
 * rises unpaired to the next level, which gives RFC 6962's tree shape. The target signs only the root and the batch's
 * size; a receipt's {@link BatchProof} leads from its leaf to that root. The size must be signed too: a path alone can
 * fit trees of more than one size (leaf 0 of 3 has the path of leaf 0 of 4 whose last subtree is a leaf), and only with
 * the size fixed does a path fix the leaf's index.
 */
public final class ReceiptTree {

    /** The most receipts a batch may hold; a proof that claims a larger batch is refused. */
    public static final int MAX_SIZE = 1 << 16;

    private static final byte LEAF = 0;
    private static final byte NODE = 1;
    private static final int HASH_LENGTH = 32;

    /** From the leaves' hashes (level 0) up to the level holding the root alone. */
    private final List<byte[][]> levels;

    private ReceiptTree(List<byte[][]> levels) {
        this.levels = levels;
    }

    /**
     * @param texts
     *            the receipts' signed texts, in the batch's order; at least one, at most {@value #MAX_SIZE}
     * @return their tree
     */
    public static ReceiptTree of(List<byte[]> texts) {
        if (texts.isEmpty() || texts.size() > MAX_SIZE) {
            throw new IllegalArgumentException("A batch holds 1 to " + MAX_SIZE + " receipts, not " + texts.size()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        MessageDigest sha256 = sha256();
        List<byte[][]> levels = new ArrayList<>();
        byte[][] level = new byte[texts.size()][];
        for (int i = 0; i < level.length; i++) {
            level[i] = leaf(sha256, texts.get(i));
        }
        levels.add(level);
        while (level.length > 1) {
            byte[][] above = new byte[(level.length + 1) / 2][];
            for (int i = 0; i < above.length; i++) {
                above[i] = 2 * i + 1 < level.length ? node(sha256, level[2 * i], level[2 * i + 1]) : level[2 * i];
            }
            levels.add(above);
            level = above;
        }
        return new ReceiptTree(levels);
    }

    /** @return how many receipts the tree holds */
    public int size() {
        return levels.get(0).length;
    }

    /** @return the root hash, which the target signs */
    public byte[] root() {
        return levels.get(levels.size() - 1)[0].clone();
    }

    /**
     * @param index
     *            a leaf of the tree
     * @return the proof that leads from that leaf to the root
     */
    public BatchProof proof(int index) {
        if (index < 0 || index >= size()) {
            throw new IndexOutOfBoundsException(index);
        }
        List<String> path = new ArrayList<>();
        int at = index;
        for (byte[][] level : levels.subList(0, levels.size() - 1)) {
            int sibling = at ^ 1;
            if (sibling < level.length) {
                path.add(Base64.getEncoder().encodeToString(level[sibling]));
            }
            at /= 2;
        }
        return new BatchProof(index, size(), List.copyOf(path));
    }

    /**
     * Follows a proof from a receipt's leaf up to the root it leads to. The proof must be exactly the path of its index
     * in a tree of its size: each hash 32 bytes of Base64, no hash missing or left over.
     *
     * @param text
     *            the receipt's signed text
     * @param proof
     *            the receipt's proof
     * @return the root the proof leads to; the receipt is genuine only if the target signed this root
     * @throws ReceiptRefusedException
     *             if the proof is malformed
     */
    public static byte[] rootOf(byte[] text, BatchProof proof) throws ReceiptRefusedException {
        if (proof == null || proof.path() == null) {
            throw new ReceiptRefusedException("The receipt lacks its batch proof"); //$NON-NLS-1$
        }
        if (proof.size() < 1 || proof.size() > MAX_SIZE) {
            throw new ReceiptRefusedException("The receipt's batch proof claims a batch of " + proof.size() //$NON-NLS-1$
                    + " receipts; a batch holds 1 to " + MAX_SIZE); //$NON-NLS-1$
        }
        if (proof.index() < 0 || proof.index() >= proof.size()) {
            throw new ReceiptRefusedException("The receipt's batch proof places it at " + proof.index() //$NON-NLS-1$
                    + ", outside its batch of " + proof.size()); //$NON-NLS-1$
        }
        MessageDigest sha256 = sha256();
        byte[] hash = leaf(sha256, text);
        int at = proof.index();
        int count = proof.size();
        int used = 0;
        while (count > 1) {
            boolean right = (at & 1) == 1;
            if (right || at + 1 < count) {
                if (used == proof.path().size()) {
                    throw new ReceiptRefusedException("The receipt's batch proof is too short for leaf " //$NON-NLS-1$
                            + proof.index() + " of " + proof.size()); //$NON-NLS-1$
                }
                byte[] sibling = hash(proof.path().get(used++));
                hash = right ? node(sha256, sibling, hash) : node(sha256, hash, sibling);
            }
            at /= 2;
            count = (count + 1) / 2;
        }
        if (used != proof.path().size()) {
            throw new ReceiptRefusedException("The receipt's batch proof is too long for leaf " + proof.index() //$NON-NLS-1$
                    + " of " + proof.size()); //$NON-NLS-1$
        }
        return hash;
    }

    private static byte[] hash(String base64) throws ReceiptRefusedException {
        byte[] hash;
        try {
            hash = Base64.getDecoder().decode(base64 == null ? "" : base64); //$NON-NLS-1$
        } catch (IllegalArgumentException e) {
            throw new ReceiptRefusedException("The receipt's batch proof holds a hash that is not Base64", e); //$NON-NLS-1$
        }
        if (hash.length != HASH_LENGTH) {
            throw new ReceiptRefusedException("The receipt's batch proof holds a hash of " + hash.length //$NON-NLS-1$
                    + " bytes, not a SHA-256 hash"); //$NON-NLS-1$
        }
        return hash;
    }

    private static byte[] leaf(MessageDigest sha256, byte[] text) {
        sha256.update(LEAF);
        return sha256.digest(text);
    }

    private static byte[] node(MessageDigest sha256, byte[] left, byte[] right) {
        sha256.update(NODE);
        sha256.update(left);
        return sha256.digest(right);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java runtime lacks SHA-256, which every Java runtime must provide", //$NON-NLS-1$
                    e);
        }
    }
}
