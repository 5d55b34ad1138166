package io.bulwark.protocol.admin;

import java.util.List;

/**
 * The answer to a request that queued commands for agents, e.g. "scan now": one queued command per agent, delivered on
 * its next heartbeat.
 *
 * @param commands
 *            the queued commands
 */
public record CommandsQueued(List<CommandSummary> commands) {

    /** Freezes the list. */
    public CommandsQueued {
        commands = commands == null ? List.of() : List.copyOf(commands);
    }
}
