package io.bulwark.fleet.internal;

import java.util.concurrent.CompletionStage;

import io.bulwark.protocol.agent.AgentCommand;
import io.bulwark.protocol.agent.CommandResult;

/**
 * How a simulated agent carries out one kind of command. Handlers may take their time (a download, a scan) and answer
 * later; they never throw for a bad command but report a failed result saying why.
 */
interface CommandHandler {

    /** @return the kind this handler carries out, e.g. {@code scan_now} */
    String kind();

    /**
     * @param agent
     *            the agent that received the command
     * @param command
     *            the command
     * @return completes with the result to report
     */
    CompletionStage<CommandResult> carryOut(SimulatedAgent agent, AgentCommand command);

    /**
     * @param agent
     *            the reporting agent
     * @param command
     *            the command
     * @param message
     *            why it failed
     * @return a failed result
     */
    static CommandResult failure(SimulatedAgent agent, AgentCommand command, String message) {
        return new CommandResult(agent.guid(), command.id(), false, message, null, null);
    }
}
