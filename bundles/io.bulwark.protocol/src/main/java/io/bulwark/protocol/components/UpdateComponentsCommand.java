package io.bulwark.protocol.components;

import java.util.List;

/**
 * The payload of the {@value #KIND} command an agent receives on a heartbeat after the administrator notified it: the
 * components to bring up to the server's versions and where to download them, on the server's own port.
 *
 * @param components
 *            the components the agent is behind on (every component when the agent reported no versions)
 */
public record UpdateComponentsCommand(List<ComponentTarget> components) {

    /** The command's kind in the agent command queue. */
    public static final String KIND = "update_components"; //$NON-NLS-1$

    /** Freezes the component list. */
    public UpdateComponentsCommand {
        components = components == null ? List.of() : List.copyOf(components);
    }
}
