package io.bulwark.protocol;

/**
 * The paths of the server's HTTP API, kept in one place so the server's routes and every client name the same resource.
 * Consoles use {@link #API_V1}; agents use {@link #AGENT_V1}; both are served on the server's one listening port.
 */
public final class ApiPaths {

    /** Root of the administration API used by consoles. */
    public static final String API_V1 = "/api/v1"; //$NON-NLS-1$

    /** Root of the agent API (register, heartbeat, inventory, results). */
    public static final String AGENT_V1 = "/agent/v1"; //$NON-NLS-1$

    /** The server's identity and version: {@link ServerInfo}. Readable without authentication. */
    public static final String SERVER = API_V1 + "/server"; //$NON-NLS-1$

    private ApiPaths() {
    }
}
