package io.bulwark.protocol.move;

import java.time.Instant;
import java.util.UUID;

/**
 * The parameters of a {@value #KIND} command, handed to an agent on its heartbeat: register with the target presenting
 * the ticket, hand the target's receipt to this (the source) server at {@code POST /agent/v1/departures}, then
 * heartbeat the target. The agent keeps this command and any receipt in its own state, so a restart resumes the right
 * step. It reports the command's result to the source only if relocating failed (the source then rolls it back).
 * <p>
 * As the reply that carried it may be lost, the source hands the same command (same command id and move) out again on
 * each heartbeat of the agent until it reports a result or departs; an agent already relocating for that move, or that
 * gave it up, ignores the repeat. The source's relocate timeout runs from the first hand-out.
 *
 * @param moveId
 *            the move on the source
 * @param target
 *            where to go; the agent pins {@link MoveTarget#fingerprint()}
 * @param ticket
 *            the target's ticket token to present
 * @param deadline
 *            after this the ticket is refused; the agent gives up and stays
 */
public record Relocate(UUID moveId, MoveTarget target, String ticket, Instant deadline) {

    /** The command kind, in {@link io.bulwark.protocol.agent.AgentCommand#kind()}. */
    public static final String KIND = "relocate"; //$NON-NLS-1$
}
