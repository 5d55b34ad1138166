package io.bulwark.fleet.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.bulwark.protocol.agent.AgentCommand;
import io.bulwark.protocol.agent.CommandResult;

/**
 * The command kinds simulated agents understand, one {@link CommandHandler} each; a kind without a handler is reported
 * as a failure naming the kind, as a real agent of an older version would.
 */
final class CommandHandlers {

    private final Map<String, CommandHandler> byKind = new LinkedHashMap<>();

    /**
     * @param handlers
     *            the handlers, one per kind
     */
    CommandHandlers(List<CommandHandler> handlers) {
        for (CommandHandler handler : handlers) {
            if (byKind.putIfAbsent(handler.kind(), handler) != null) {
                throw new IllegalArgumentException("Two handlers for " + handler.kind()); //$NON-NLS-1$
            }
        }
    }

    /** @return the handlers of every kind the fleet's agents understand */
    static CommandHandlers standard() {
        return new CommandHandlers(List.of(new ApplySettingsHandler(), new ScanNowHandler(),
                new UpdateComponentsHandler(new ComponentCache())));
    }

    /**
     * @param agent
     *            the agent that received the command
     * @param command
     *            the command
     * @return completes with its result, never exceptionally
     */
    CompletionStage<CommandResult> carryOut(SimulatedAgent agent, AgentCommand command) {
        CommandHandler handler = byKind.get(command.kind());
        if (handler == null) {
            return CompletableFuture.completedFuture(CommandHandler.failure(agent, command,
                    "This agent does not know commands of kind \"" + command.kind() + "\"")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try {
            return handler.carryOut(agent, command).exceptionally(
                    failure -> CommandHandler.failure(agent, command, "The command failed: " + failure.getMessage())); //$NON-NLS-1$
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(
                    CommandHandler.failure(agent, command, "The command failed: " + e.getMessage())); //$NON-NLS-1$
        }
    }
}
