package io.bulwark.core.migration;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One wave of a campaign: its agents, the move job that carries it out once started, and the administrator's
 * confirmation that lets the next wave start.
 *
 * @param number
 *            0 for the pilot, then 1, 2, ... in the order the waves go
 * @param pilot
 *            whether it is the pilot group
 * @param grouping
 *            how its group was formed ({@link Grouping#NONE} for the pilot and ungrouped waves)
 * @param group
 *            its group: a domain path, a subnet such as {@code 10.1.2.0/24}, a site name; empty for no group (the root
 *            domain, agents without an address, agents in no site, or ungrouped)
 * @param part
 *            which part of its group it is, from 1
 * @param parts
 *            how many waves its group was split into
 * @param agents
 *            its agents, in the order of the campaign
 * @param moveId
 *            the move job carrying it out, once started; {@code null} before
 * @param startedAt
 *            when it was started, or {@code null}
 * @param startNote
 *            why no move job carries it although it was started (none of its agents could move then), or {@code null}
 * @param confirmedAt
 *            when the administrator confirmed it, or {@code null}
 * @param confirmedBy
 *            who confirmed it, or {@code null}
 */
public record Wave(int number, boolean pilot, Grouping grouping, String group, int part, int parts,
        List<WaveAgent> agents, UUID moveId, Instant startedAt, String startNote, Instant confirmedAt,
        String confirmedBy) {

    /** Freezes the agents. */
    public Wave {
        agents = List.copyOf(agents);
    }

    /** @return whether it was started (a move job was planned for it, or it had nothing to move) */
    public boolean started() {
        return startedAt != null;
    }

    /** @return whether the administrator confirmed it */
    public boolean confirmed() {
        return confirmedAt != null;
    }

    /**
     * @param job
     *            the move job planned for it, or {@code null} if none of its agents can move
     * @param note
     *            why there is no job, or {@code null}
     * @param at
     *            when
     * @return the wave started
     */
    public Wave started(UUID job, String note, Instant at) {
        return new Wave(number, pilot, grouping, group, part, parts, agents, job, at, note, null, null);
    }

    /**
     * @param at
     *            when
     * @param by
     *            who
     * @return the wave confirmed
     */
    public Wave confirmed(Instant at, String by) {
        return new Wave(number, pilot, grouping, group, part, parts, agents, moveId, startedAt, startNote, at, by);
    }
}
