package io.bulwark.protocol.agent;

import java.util.List;
import java.util.UUID;

import io.bulwark.protocol.components.UpdatedComponent;

/**
 * The body of {@code POST /agent/v1/results}: how a command ended. Reporting the same result twice is harmless.
 *
 * @param agentId
 *            the reporting agent
 * @param commandId
 *            the command's id from {@link AgentCommand#id()}
 * @param success
 *            whether the agent carried it out
 * @param message
 *            a sentence for a person, e.g. why it failed; may be {@code null}
 * @param scanResult
 *            the outcome of a {@value AgentCommand#SCAN_NOW} command, else absent
 * @param updatedComponents
 *            the components a successful {@value AgentCommand#UPDATE_COMPONENTS} command brought up to date and how,
 *            else absent
 */
public record CommandResult(UUID agentId, long commandId, boolean success, String message, ScanResult scanResult,
        List<UpdatedComponent> updatedComponents) {

    /** Freezes the updated components. */
    public CommandResult {
        updatedComponents = updatedComponents == null ? null : List.copyOf(updatedComponents);
    }
}
