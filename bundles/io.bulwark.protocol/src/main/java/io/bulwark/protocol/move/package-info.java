/**
 * Wire records of moving agents between servers (DESIGN §5): the ticket a target server issues, the move request a
 * source server carries out and its progress per agent, the {@code relocate} command an agent receives, its arrival at
 * the target and the signed {@link io.bulwark.protocol.move.MoveReceipt} that lets the source forget it.
 * <p>
 * The invariant every record here serves: after convergence every agent is owned by exactly one server.
 */
package io.bulwark.protocol.move;
