package io.bulwark.server.internal.agents;

import java.nio.charset.StandardCharsets;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.agent.AgentCommand;
import io.bulwark.protocol.agent.ApplySettings;
import io.bulwark.protocol.agent.ScanNow;
import io.bulwark.protocol.components.UpdateComponentsCommand;
import io.bulwark.protocol.move.Relocate;
import io.bulwark.server.internal.commands.QueuedCommand;

/**
 * Turns queued commands into the typed {@link AgentCommand}s a heartbeat hands out: the payload of each known kind
 * becomes the member named after it. A command of a kind this server cannot describe goes out with its kind alone, so
 * the agent reports it as not understood rather than the command waiting forever.
 */
final class CommandCodec {

    private static final Logger LOG = LoggerFactory.getLogger(CommandCodec.class);

    private final WireJson json;

    CommandCodec(WireJson json) {
        this.json = json;
    }

    /**
     * @param command
     *            a command being delivered
     * @return it as the agent receives it
     */
    AgentCommand toWire(QueuedCommand command) {
        return switch (command.kind()) {
            case AgentCommand.APPLY_SETTINGS -> new AgentCommand(command.id(), command.kind(),
                    payload(command, ApplySettings.class), null, null, null);
            case AgentCommand.SCAN_NOW -> new AgentCommand(command.id(), command.kind(), null,
                    payload(command, ScanNow.class), null, null);
            case AgentCommand.UPDATE_COMPONENTS -> new AgentCommand(command.id(), command.kind(), null, null,
                    payload(command, UpdateComponentsCommand.class), null);
            case AgentCommand.RELOCATE -> new AgentCommand(command.id(), command.kind(), null, null, null,
                    payload(command, Relocate.class));
            default -> new AgentCommand(command.id(), command.kind(), null, null, null, null);
        };
    }

    /**
     * @param parameters
     *            a command's parameters record
     * @return the payload to queue it with
     */
    String payload(Object parameters) {
        return new String(json.write(parameters), StandardCharsets.UTF_8);
    }

    private <T> T payload(QueuedCommand command, Class<T> type) {
        if (command.payload() == null) {
            return null;
        }
        try {
            return json.read(command.payload().getBytes(StandardCharsets.UTF_8), type);
        } catch (WireFormatException e) {
            LOG.warn("Command {} ({}) has a payload that is not a {}; delivering it without: {}", //$NON-NLS-1$
                    Long.valueOf(command.id()), command.kind(), type.getSimpleName(), e.getMessage());
            return null;
        }
    }
}
