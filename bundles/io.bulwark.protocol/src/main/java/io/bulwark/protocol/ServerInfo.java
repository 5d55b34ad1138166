package io.bulwark.protocol;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.bulwark.protocol.components.ComponentVersion;

/**
 * What a management server says about itself at {@link ApiPaths#SERVER}.
 * <p>
 * Anyone may read the name, version and listening port: a console needs them before it logs in, to show the
 * administrator which server it reached. The remaining fields are only filled in for an authenticated caller and are
 * {@code null} (and absent from the JSON) otherwise.
 *
 * @param name
 *            the server's display name, chosen by the administrator (by default its host name)
 * @param version
 *            the server's software version
 * @param listeningPort
 *            the one port that serves both consoles and agents; a move names it
 * @param serverId
 *            the server's identity, created once and never changed; {@code null} unless authenticated
 * @param agentCount
 *            the number of agents the server owns; {@code null} unless authenticated
 * @param agentsByStatus
 *            the number of agents in each status; {@code null} unless authenticated
 * @param components
 *            the versions of the components (pattern files, engines) the server distributes, by name; {@code null}
 *            unless authenticated, empty before the server's first update
 */
public record ServerInfo(String name, String version, int listeningPort, UUID serverId, Long agentCount,
        AgentCounts agentsByStatus, List<ComponentVersion> components) {

    /**
     * Checks the fields a server always sends, so a malformed response fails where it is read rather than later.
     */
    public ServerInfo {
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        Objects.requireNonNull(version, "version"); //$NON-NLS-1$
        if (listeningPort < 1 || listeningPort > 65535) {
            throw new IllegalArgumentException("listeningPort must be 1..65535, was " + listeningPort); //$NON-NLS-1$
        }
        components = components == null ? null : List.copyOf(components);
    }

    /**
     * A server info without the counts by status and component versions.
     *
     * @param name
     *            the server's display name
     * @param version
     *            the server's software version
     * @param listeningPort
     *            the server's listening port
     * @param serverId
     *            the server's identity, or {@code null}
     * @param agentCount
     *            the number of agents, or {@code null}
     */
    public ServerInfo(String name, String version, int listeningPort, UUID serverId, Long agentCount) {
        this(name, version, listeningPort, serverId, agentCount, null, null);
    }

    /**
     * The public view: what an unauthenticated caller receives.
     *
     * @param name
     *            the server's display name
     * @param version
     *            the server's software version
     * @param listeningPort
     *            the server's listening port
     * @return a server info without the authenticated extras
     */
    public static ServerInfo publicView(String name, String version, int listeningPort) {
        return new ServerInfo(name, version, listeningPort, null, null, null, null);
    }
}
