package io.bulwark.server.internal.settings;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ApiHeaders;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.settings.EffectiveSettings;
import io.bulwark.protocol.settings.Policy;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.SettingsWarning;
import io.bulwark.server.internal.accounts.PasswordHasher;
import io.bulwark.server.internal.commands.CommandQueue;
import io.bulwark.server.internal.domains.DomainStore;
import io.bulwark.server.internal.http.Access;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiReply;
import io.bulwark.server.internal.http.ApiRequest;
import io.bulwark.server.internal.http.Change;
import io.bulwark.server.internal.http.RouteTable;
import io.bulwark.server.internal.settings.SettingsInheritance.Resolved;
import io.bulwark.server.internal.storage.Database;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * Settings per scope: {@code GET/PUT /api/v1/policies/root}, {@code …/domains/{id}}, {@code …/agents/{id}}, and
 * {@code GET …/effective} of each. Any session may read. A write replaces the scope's own settings as a whole; it needs
 * {@code If-Match} with the version it is based on, the caller's scope over the root (root only), the domain, or the
 * agent's domain, and settings that pass every check. It is audited, published as {@code settings.changed}, and queues
 * {@code apply_settings} for every agent whose effective settings it changes.
 */
public final class PolicyEndpoints {

    /** The largest stored settings document of one scope, in characters. */
    static final int MAX_DOCUMENT = 500_000;

    private static final String DOMAIN = ApiPaths.DOMAIN_POLICIES + "/{id}"; //$NON-NLS-1$
    private static final String AGENT = ApiPaths.AGENT_POLICIES + "/{id}"; //$NON-NLS-1$
    private static final Pattern UUID_TEXT = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"); //$NON-NLS-1$

    /** Finds the scope a request names, or refuses with 404. */
    @FunctionalInterface
    private interface Scope {
        PolicyTarget resolve(Connection connection, ApiRequest request) throws Exception;
    }

    private final Database database;
    private final PolicyStore store;
    private final DomainStore domains;
    private final EffectiveSettingsService effective;
    private final SettingsDistribution distribution;
    private final UnloadPasswords passwords;
    private final Clock clock;

    /**
     * @param database
     *            the server's database
     * @param store
     *            the settings of every scope
     * @param domains
     *            the domain tree, to find domains and check scopes
     * @param effective
     *            resolves inheritance
     * @param commands
     *            receives {@code apply_settings} for agents
     * @param hasher
     *            hashes unload passwords
     * @param clock
     *            stamps changes
     */
    public PolicyEndpoints(Database database, PolicyStore store, DomainStore domains,
            EffectiveSettingsService effective, CommandQueue commands, PasswordHasher hasher, Clock clock) {
        this.database = database;
        this.store = store;
        this.domains = domains;
        this.effective = effective;
        this.distribution = new SettingsDistribution(store, domains, commands, effective);
        this.passwords = new UnloadPasswords(hasher);
        this.clock = clock;
    }

    /**
     * @param routes
     *            receives the settings routes
     */
    public void register(RouteTable routes) {
        Scope root = (connection, request) -> PolicyTarget.root();
        register(routes, ApiPaths.ROOT_POLICY, root);
        register(routes, DOMAIN, this::domain);
        register(routes, AGENT, PolicyEndpoints::agent);
    }

    private void register(RouteTable routes, String path, Scope scope) {
        routes.add("GET", path, Access.SESSION, request -> read(request, scope)) //$NON-NLS-1$
                .change("PUT", path, (request, change) -> write(request, change, scope)) //$NON-NLS-1$
                .add("GET", path + ApiPaths.EFFECTIVE, Access.SESSION, request -> effective(request, scope)); //$NON-NLS-1$
    }

    private PolicyTarget domain(Connection connection, ApiRequest request) throws Exception {
        long id = request.pathId("id"); //$NON-NLS-1$
        domains.require(connection, id);
        return PolicyTarget.domain(id);
    }

    private record AgentRow(Long domainId) {
    }

    private static PolicyTarget agent(Connection connection, ApiRequest request) throws Exception {
        String text = request.pathParameter("id"); //$NON-NLS-1$
        if (!UUID_TEXT.matcher(text).matches()) {
            throw ApiException.notFound("There is no agent \"" + FieldChecks.shorten(text) + "\"; agent ids are GUIDs"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        UUID id = UUID.fromString(text);
        Optional<AgentRow> row = Jdbc.one(connection, "SELECT domain_id FROM agent WHERE id = ?", //$NON-NLS-1$
                result -> new AgentRow(Jdbc.nullableLong(result, "domain_id")), id); //$NON-NLS-1$
        return PolicyTarget.agent(id, row.orElseThrow(() -> ApiException.notFound("There is no agent " + id)) //$NON-NLS-1$
                .domainId());
    }

    private ApiReply read(ApiRequest request, Scope scope) throws Exception {
        try (Connection connection = database.connection()) {
            PolicyTarget target = scope.resolve(connection, request);
            StoredPolicy stored = store.find(connection, target.key()).orElseGet(StoredPolicy::none);
            Policy policy = policy(target, stored, SettingsWarnings.of(connection, stored.settings()));
            return new ApiReply(200, policy, Map.of(ApiHeaders.ETAG, EntityTags.of(stored.version())));
        }
    }

    private ApiReply effective(ApiRequest request, Scope scope) throws Exception {
        try (Connection connection = database.connection()) {
            PolicyTarget target = scope.resolve(connection, request);
            Resolved resolved = effective.resolve(connection, target);
            return ApiReply.ok(new EffectiveSettings(target.scope(), resolved.settings(), resolved.origins(),
                    SettingsWarnings.of(connection, resolved.settings())));
        }
    }

    private ApiReply write(ApiRequest request, Change change, Scope scope) throws Exception {
        Connection connection = change.connection();
        PolicyTarget target = scope.resolve(connection, request);
        request.caller().requireDomain(target.domainId(), domains);
        Set<Long> expected = EntityTags.ifMatch(request);
        PolicySettings written = request.body(PolicySettings.class);
        // Settings changes are serialised on the root's row, so each one sees the others' effect on inheritance.
        store.lock(connection, PolicyTarget.ROOT_KEY);
        StoredPolicy current = store.lock(connection, target.key()).orElseGet(StoredPolicy::none);
        if (!expected.contains(Long.valueOf(current.version()))) {
            throw EntityTags.stale(target.describe(), current.version());
        }
        UnloadPasswords.Resolved resolved = passwords.resolve(SettingsRules.check(written, target.isRoot()),
                current.unloadPassword());
        PolicySettings settings = resolved.settings();
        int size = store.text(settings).length();
        if (size > MAX_DOCUMENT) {
            throw new ApiException(413, new ApiError(ErrorCodes.PAYLOAD_TOO_LARGE, "These settings are " + size //$NON-NLS-1$
                    + " characters when stored; one scope holds at most " + MAX_DOCUMENT, //$NON-NLS-1$
                    Map.of("limit", Integer.valueOf(MAX_DOCUMENT))), Map.of()); //$NON-NLS-1$
        }
        StoredPolicy saved = store.save(connection, target, current.version(), settings, resolved.hash(),
                clock.instant(), request.caller().user());
        distribution.queue(connection, target, current.settings(), settings);
        change.audit("settings.change", target.describe(), policy(target, current, List.of()), //$NON-NLS-1$
                policy(target, saved, List.of()));
        Policy after = policy(target, saved, SettingsWarnings.of(connection, settings));
        change.publish("settings.changed", target.key(), after); //$NON-NLS-1$
        return new ApiReply(200, after, Map.of(ApiHeaders.ETAG, EntityTags.of(saved.version())));
    }

    private static Policy policy(PolicyTarget target, StoredPolicy stored, List<SettingsWarning> warnings) {
        return new Policy(target.scope(), stored.version(), stored.settings(), warnings, stored.changedAt(),
                stored.changedBy());
    }
}
