package io.bulwark.fleet.internal;

import java.util.Objects;
import java.util.UUID;

/**
 * One line of the relocation journal: an agent's relocation state after a change, written (and synced to disk) before
 * the agent acts on it. The last line of an agent wins.
 *
 * @param agentId
 *            the agent
 * @param relocation
 *            what is pending now, or {@code null} when nothing is (it arrived, or reported its failure)
 * @param home
 *            its new home server, when this change gave it one (the source took its receipt); else {@code null}
 */
public record RelocationRecord(UUID agentId, PendingRelocation relocation, HomeServer home) {

    /**
     * Requires the agent, so a damaged journal fails when read.
     */
    public RelocationRecord {
        Objects.requireNonNull(agentId, "agentId"); //$NON-NLS-1$
    }
}
