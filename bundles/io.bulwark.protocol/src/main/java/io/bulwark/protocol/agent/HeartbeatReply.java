package io.bulwark.protocol.agent;

import java.util.List;

/**
 * The answer to a {@link Heartbeat}: the commands that waited for the agent, oldest first, usually none. The agent
 * carries each out and reports a {@link CommandResult}.
 *
 * @param commands
 *            commands to carry out; never {@code null}
 */
public record HeartbeatReply(List<AgentCommand> commands) {

    /** Freezes the list. */
    public HeartbeatReply {
        commands = commands == null ? List.of() : List.copyOf(commands);
    }
}
