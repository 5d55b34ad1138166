package io.bulwark.fleet.internal;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.bulwark.protocol.agent.AgentCommand;
import io.bulwark.protocol.agent.CommandResult;

/**
 * {@code apply_settings}: the agent keeps the new effective settings and confirms.
 */
final class ApplySettingsHandler implements CommandHandler {

    @Override
    public String kind() {
        return AgentCommand.APPLY_SETTINGS;
    }

    @Override
    public CompletionStage<CommandResult> carryOut(SimulatedAgent agent, AgentCommand command) {
        if (command.applySettings() == null || command.applySettings().settings() == null) {
            return CompletableFuture.completedFuture(
                    CommandHandler.failure(agent, command, "The command carried no settings to apply")); //$NON-NLS-1$
        }
        agent.applySettings(command.applySettings().settings());
        return CompletableFuture
                .completedFuture(new CommandResult(agent.guid(), command.id(), true, "Settings applied", null, null)); //$NON-NLS-1$
    }
}
