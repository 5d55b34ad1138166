package io.bulwark.protocol.agent;

import io.bulwark.protocol.components.UpdateComponentsCommand;
import io.bulwark.protocol.move.Relocate;

/**
 * One command for an agent, handed out on a heartbeat. {@link #kind()} says what to do; the member named after the kind
 * carries its parameters and the others are absent. An agent that does not know a kind reports a failed
 * {@link CommandResult} saying so, never silently ignores it.
 *
 * @param id
 *            the command's id on the server, quoted in the result
 * @param kind
 *            what to do, e.g. {@value #APPLY_SETTINGS} or {@value #SCAN_NOW}
 * @param applySettings
 *            the parameters of an {@value #APPLY_SETTINGS} command
 * @param scanNow
 *            the parameters of a {@value #SCAN_NOW} command
 * @param updateComponents
 *            the parameters of an {@value #UPDATE_COMPONENTS} command
 * @param relocate
 *            the parameters of a {@value #RELOCATE} command
 */
public record AgentCommand(long id, String kind, ApplySettings applySettings, ScanNow scanNow,
        UpdateComponentsCommand updateComponents, Relocate relocate) {

    /** Kind of a command that hands the agent new effective settings. */
    public static final String APPLY_SETTINGS = "apply_settings"; //$NON-NLS-1$

    /** Kind of a command that starts a "scan now" on the endpoint. */
    public static final String SCAN_NOW = "scan_now"; //$NON-NLS-1$

    /** Kind of a command that brings the agent's components up to the server's versions. */
    public static final String UPDATE_COMPONENTS = UpdateComponentsCommand.KIND;

    /** Kind of a command that moves the agent to another server. */
    public static final String RELOCATE = Relocate.KIND;
}
