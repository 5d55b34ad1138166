package io.bulwark.protocol.move;

import java.util.List;

/**
 * Where a {@link MoveReceipt} stands in the batch of receipts its target signed together: the target signs the root of
 * a {@link ReceiptTree} over the batch once, and each receipt carries the path from its own leaf to that root, so it
 * remains verifiable on its own. A receipt issued alone has a batch of one: index 0, size 1, an empty path.
 *
 * @param index
 *            the receipt's leaf in the batch, from 0
 * @param size
 *            how many receipts the batch holds
 * @param path
 *            Base64 of the SHA-256 hashes of the sibling subtrees from the leaf up to the root, as
 *            {@link ReceiptTree#proof} gives them
 */
public record BatchProof(int index, int size, List<String> path) {
}
