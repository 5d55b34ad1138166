package io.bulwark.protocol.move;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One agent of a move, as the source server sees it.
 *
 * @param agentId
 *            the agent
 * @param state
 *            one of {@link #STATES}; {@value #ARRIVED}, {@value #SKIPPED}, {@value #ROLLED_BACK}, {@value #EXPIRED} and
 *            {@value #CANCELLED} are final
 * @param reason
 *            why it was skipped, rolled back, expired or cancelled, in words a person understands; else {@code null}
 * @param changedAt
 *            when it entered this state
 */
public record MoveItemProgress(UUID agentId, String state, String reason, Instant changedAt) {

    /** Offline or roaming: moves when it next heartbeats from inside the network, before the deadline. */
    public static final String WAITING = "waiting"; //$NON-NLS-1$

    /** Marked {@code moving}: {@link Relocate} is queued for, or was handed to, the agent. */
    public static final String MOVING = "moving"; //$NON-NLS-1$

    /** The source verified the target's receipt and forgot the agent: the target owns it. */
    public static final String ARRIVED = "arrived"; //$NON-NLS-1$

    /** Offline or roaming when the move began, and the request said to skip such agents; it stays on the source. */
    public static final String SKIPPED = "skipped"; //$NON-NLS-1$

    /** Relocating failed or timed out; the agent stays on the source and keeps heartbeating it. */
    public static final String ROLLED_BACK = "rolled_back"; //$NON-NLS-1$

    /** Still waiting when the deadline passed; it stays on the source. */
    public static final String EXPIRED = "expired"; //$NON-NLS-1$

    /** The move was cancelled before the agent relocated; it stays on the source. */
    public static final String CANCELLED = "cancelled"; //$NON-NLS-1$

    /** Every state, in the order an agent goes through them. */
    public static final List<String> STATES = List.of(WAITING, MOVING, ARRIVED, SKIPPED, ROLLED_BACK, EXPIRED,
            CANCELLED);

    /**
     * @param state
     *            a state
     * @return whether an agent in that state will not change any more
     */
    public static boolean isFinal(String state) {
        return !WAITING.equals(state) && !MOVING.equals(state);
    }
}
