package io.bulwark.core.migration;

/** Where a wave of a campaign stands, from the campaign and its move job in the journal. */
public enum WaveState {
    /** Not started: it waits for the waves before it, or for the administrator to start it. */
    PENDING,
    /** Its move job runs: agents are moving or waiting. */
    RUNNING,
    /** Its move job finished (or it had nothing to move): the administrator checks and confirms it. */
    FINISHED,
    /** The administrator confirmed it: the next wave may start. */
    CONFIRMED
}
