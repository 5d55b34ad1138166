package io.bulwark.fleet.internal;

import java.util.Objects;

import io.bulwark.protocol.move.MoveReceipt;
import io.bulwark.protocol.move.Relocate;

/**
 * How far an agent has come in relocating to another server, as kept in the state folder: the step it is at follows
 * from which members are set.
 * <ol>
 * <li>Only the command: it must register with the target ({@code POST /agent/v1/arrivals}).</li>
 * <li>With the target's receipt: it must hand the receipt to its source ({@code POST /agent/v1/departures}).</li>
 * <li>With a failure: relocating failed; it stays, and must report the failed command to its source.</li>
 * </ol>
 * Once the source took the receipt, the agent's home is the target and nothing is pending any more.
 *
 * @param commandId
 *            the relocate command's id on the source, quoted in a failure's result
 * @param relocate
 *            the command's parameters
 * @param receipt
 *            the target's receipt, once it has one
 * @param failure
 *            why relocating failed, in words a person understands, once it did
 */
public record PendingRelocation(long commandId, Relocate relocate, MoveReceipt receipt, String failure) {

    /**
     * Requires the command, so a damaged state file fails when read.
     */
    public PendingRelocation {
        Objects.requireNonNull(relocate, "relocate"); //$NON-NLS-1$
    }

    /**
     * @param commandId
     *            the command's id
     * @param relocate
     *            its parameters
     * @return the first step
     */
    static PendingRelocation accepted(long commandId, Relocate relocate) {
        return new PendingRelocation(commandId, relocate, null, null);
    }

    /**
     * @param signed
     *            the receipt the target answered
     * @return the next step: hand it in
     */
    PendingRelocation withReceipt(MoveReceipt signed) {
        return new PendingRelocation(commandId, relocate, signed, null);
    }

    /**
     * @param reason
     *            why it failed
     * @return the last step: report it
     */
    PendingRelocation failed(String reason) {
        return new PendingRelocation(commandId, relocate, receipt, reason);
    }
}
