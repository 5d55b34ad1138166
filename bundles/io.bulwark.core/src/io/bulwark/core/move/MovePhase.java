package io.bulwark.core.move;

/** How far a move job has come, as its journal records it; a run resumes from here. */
public enum MovePhase {
    /** Planned; neither server has been asked yet (unless a ticket was reserved at planning). */
    PLANNED,
    /** The target issued the ticket; the source has not confirmed the move yet. */
    TICKET_OBTAINED,
    /** The source accepted the move; its progress is followed until every agent reached a final state. */
    STARTED,
    /** Every agent reached a final state, or the job was cancelled before the move started. */
    FINISHED
}
