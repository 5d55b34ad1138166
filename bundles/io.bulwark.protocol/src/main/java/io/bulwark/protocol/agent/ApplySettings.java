package io.bulwark.protocol.agent;

/**
 * Parameters of an {@value AgentCommand#APPLY_SETTINGS} command, and the JSON payload such a command is queued with.
 *
 * @param settings
 *            the agent's new effective settings, as the server's settings API describes them
 */
public record ApplySettings(Object settings) {
}
