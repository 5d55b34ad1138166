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

    /**
     * Move agents between domains of this server ({@code POST}, an {@link io.bulwark.protocol.admin.AgentMoveRequest}).
     */
    public static final String AGENTS_MOVE = AGENTS + "/move"; //$NON-NLS-1$

    /** Mark or unmark update agents ({@code POST}, an {@link io.bulwark.protocol.admin.UpdateAgentRequest}). */
    public static final String AGENTS_UPDATE_AGENTS = AGENTS + "/update-agents"; //$NON-NLS-1$

    /** Queue a "scan now" for chosen agents ({@code POST}, an {@link io.bulwark.protocol.admin.AgentSelection}). */
    public static final String AGENTS_SCAN_NOW = AGENTS + "/scan-now"; //$NON-NLS-1$

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
    /** The server's components (pattern files and engines): {@code GET} their versions. */
    public static final String COMPONENTS = API_V1 + "/components"; //$NON-NLS-1$

    /** "Update server now": {@code POST} starts fetching from the update source, {@code GET} shows the last run. */
    public static final String COMPONENTS_UPDATE = COMPONENTS + "/update"; //$NON-NLS-1$

    /** {@code POST} queues an {@code update_components} notification for agents. */
    public static final String COMPONENTS_NOTIFY = COMPONENTS + "/notify"; //$NON-NLS-1$

    /** The notification queue: {@code GET} a page of queued {@code update_components} commands. */
    public static final String NOTIFICATIONS = API_V1 + "/notifications"; //$NON-NLS-1$

    /** {@code POST} cancels queued notifications. */
    public static final String NOTIFICATIONS_CANCEL = NOTIFICATIONS + "/cancel"; //$NON-NLS-1$

    /** Component files for agents: {@code /full/{version}} and {@code /increments/{from}} below one component. */
    public static final String AGENT_COMPONENTS = AGENT_V1 + "/components"; //$NON-NLS-1$
    /** An agent registers ({@code POST}, a {@link io.bulwark.protocol.agent.Registration}). */
    public static final String AGENT_REGISTER = AGENT_V1 + "/register"; //$NON-NLS-1$

    /** An agent's heartbeat ({@code POST}, a {@link io.bulwark.protocol.agent.Heartbeat}); answers its commands. */
    public static final String AGENT_HEARTBEAT = AGENT_V1 + "/heartbeat"; //$NON-NLS-1$

    /** An agent's inventory report ({@code POST}, an {@link io.bulwark.protocol.agent.InventoryReport}). */
    public static final String AGENT_INVENTORY = AGENT_V1 + "/inventory"; //$NON-NLS-1$

    /** An agent's command result ({@code POST}, a {@link io.bulwark.protocol.agent.CommandResult}). */
    public static final String AGENT_RESULTS = AGENT_V1 + "/results"; //$NON-NLS-1$

    /**
     * Move tickets, on a target server: {@code POST} a {@link io.bulwark.protocol.move.MoveTicketRequest}; one ticket's
     * {@link io.bulwark.protocol.move.MoveTicketStatus} at {@code /move-tickets/{id}} ({@code GET}, {@code DELETE}
     * revokes).
     */
    public static final String MOVE_TICKETS = API_V1 + "/move-tickets"; //$NON-NLS-1$

    /**
     * The suffix of {@code /move-tickets/{id}} that sets where some of the ticket's agents join on arrival ({@code PUT}
     * a {@link io.bulwark.protocol.move.TicketPlacements}).
     */
    public static final String PLACEMENTS = "/placements"; //$NON-NLS-1$

    /**
     * The suffix of {@code /move-tickets/{id}} where the source of a move asks the target, server to server, which of
     * the ticket's agents arrived ({@code POST} an {@link io.bulwark.protocol.move.ArrivalCheck}, answered
     * {@link io.bulwark.protocol.move.ArrivalFindings}). The caller proves itself with the ticket's token, not a
     * session.
     */
    public static final String ARRIVAL_CHECKS = "/arrival-checks"; //$NON-NLS-1$

    /**
     * Moves to another server, on the source: {@code POST} a {@link io.bulwark.protocol.move.MoveRequest}, {@code GET}
     * the list; one move's {@link io.bulwark.protocol.move.MoveProgress} at {@code /moves/{id}}, cancelled by
     * {@code POST /moves/{id}/cancel}.
     */
    public static final String MOVES = API_V1 + "/moves"; //$NON-NLS-1$

    /** An agent arrives at its target ({@code POST}, an {@link io.bulwark.protocol.move.Arrival}). */
    public static final String AGENT_ARRIVALS = AGENT_V1 + "/arrivals"; //$NON-NLS-1$

    /**
     * An agent hands its source the target's receipt ({@code POST}, a {@link io.bulwark.protocol.move.MoveReceipt}).
     */
    public static final String AGENT_DEPARTURES = AGENT_V1 + "/departures"; //$NON-NLS-1$

    private ApiPaths() {
    }

    /**
     * @param component
     *            a component's name
     * @param version
     *            a version
     * @return where agents download that version's full file
     */
    public static String agentFullFile(String component, long version) {
        return AGENT_COMPONENTS + "/" + component + "/full/" + version; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param component
     *            a component's name
     * @param from
     *            the version the increment applies to
     * @return where agents download the increment from {@code from} to {@code from + 1}
     */
    public static String agentIncrement(String component, long from) {
        return AGENT_COMPONENTS + "/" + component + "/increments/" + from; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
