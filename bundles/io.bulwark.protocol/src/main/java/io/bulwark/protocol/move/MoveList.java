package io.bulwark.protocol.move;

import java.util.List;

/**
 * The moves a source server carries out, newest first: the answer to {@code GET /api/v1/moves}. Each move has its
 * counts but no items; {@code GET /api/v1/moves/{moveId}} has those.
 *
 * @param moves
 *            the moves
 */
public record MoveList(List<MoveProgress> moves) {

    /** Freezes the list. */
    public MoveList {
        moves = moves == null ? List.of() : List.copyOf(moves);
    }
}
