package io.bulwark.protocol.settings;

/**
 * When agents update their components.
 *
 * @param afterServerDownload
 *            whether the server notifies agents to update once it has downloaded new components
 * @param onAgentRestart
 *            whether an agent updates when it restarts and connects to the server
 * @param scheduled
 *            whether agents also update on {@link #schedule()}
 * @param schedule
 *            the scheduled update's frequency and time; required when {@link #scheduled()}, kept otherwise
 */
public record UpdateSettings(Boolean afterServerDownload, Boolean onAgentRestart, Boolean scheduled,
        Schedule schedule) {
}
