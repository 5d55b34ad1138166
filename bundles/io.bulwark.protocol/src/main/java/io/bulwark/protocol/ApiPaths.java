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

    /** Log in ({@code POST}, public) with a {@link io.bulwark.protocol.admin.LoginRequest}. */
    public static final String SESSIONS = API_V1 + "/sessions"; //$NON-NLS-1$

    /** The caller's own session: {@code GET} who am I, {@code DELETE} log out. */
    public static final String CURRENT_SESSION = SESSIONS + "/current"; //$NON-NLS-1$

    /** Administrator accounts (root only): {@code GET}, {@code POST}; one account at {@code /accounts/{user}}. */
    public static final String ACCOUNTS = API_V1 + "/accounts"; //$NON-NLS-1$

    /** The domain tree: {@code GET} all, {@code POST} create; one domain at {@code /domains/{id}}. */
    public static final String DOMAINS = API_V1 + "/domains"; //$NON-NLS-1$

    /** Automatic grouping rules by IP range: {@code GET}, {@code POST}; one rule at {@code /grouping-rules/{id}}. */
    public static final String GROUPING_RULES = API_V1 + "/grouping-rules"; //$NON-NLS-1$

    /** Agents: {@code GET} a page, or with {@code Accept: application/x-ndjson} all matching agents as a stream. */
    public static final String AGENTS = API_V1 + "/agents"; //$NON-NLS-1$

    /** The audit log of every mutation, newest first. */
    public static final String AUDIT = API_V1 + "/audit"; //$NON-NLS-1$

    /** The event stream ({@code text/event-stream}) of every change. */
    public static final String EVENTS = API_V1 + "/events"; //$NON-NLS-1$

    /**
     * Database backups: {@code GET} the list, {@code POST} take one (root); one backup's zip at {@code /backups/{id}},
     * restored by {@code POST /backups/{id}/restore} (root).
     */
    public static final String BACKUPS = API_V1 + "/backups"; //$NON-NLS-1$

    /**
     * Settings ("policies") per scope. {@link #ROOT_POLICY}, {@code DOMAIN_POLICIES/{id}} and
     * {@code AGENT_POLICIES/{id}}: {@code GET} the scope's own {@link io.bulwark.protocol.settings.Policy} with an
     * {@code ETag}, {@code PUT} its {@link io.bulwark.protocol.settings.PolicySettings} with {@code If-Match}; each
     * with {@link #EFFECTIVE} appended: {@code GET} the {@link io.bulwark.protocol.settings.EffectiveSettings}.
     */
    public static final String POLICIES = API_V1 + "/policies"; //$NON-NLS-1$

    /** The root's settings: the complete defaults every domain and agent inherits from. */
    public static final String ROOT_POLICY = POLICIES + "/root"; //$NON-NLS-1$

    /** Domains' settings: {@code /policies/domains/{id}}. */
    public static final String DOMAIN_POLICIES = POLICIES + "/domains"; //$NON-NLS-1$

    /** Single agents' settings: {@code /policies/agents/{id}}, the id being the agent's GUID. */
    public static final String AGENT_POLICIES = POLICIES + "/agents"; //$NON-NLS-1$

    /** Appended to a scope's settings path: the settings in effect there after inheritance, with their origins. */
    public static final String EFFECTIVE = "/effective"; //$NON-NLS-1$

    private ApiPaths() {
    }
}
