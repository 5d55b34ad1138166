package io.bulwark.server.internal;

import java.io.IOException;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.WireJson;
import io.bulwark.server.internal.accounts.AccountEndpoints;
import io.bulwark.server.internal.accounts.AccountStore;
import io.bulwark.server.internal.accounts.LoginThrottle;
import io.bulwark.server.internal.accounts.PasswordHasher;
import io.bulwark.server.internal.accounts.SessionEndpoints;
import io.bulwark.server.internal.accounts.SessionStore;
import io.bulwark.server.internal.agents.AgentApiEndpoints;
import io.bulwark.server.internal.agents.AgentChangeEndpoints;
import io.bulwark.server.internal.agents.AgentPresence;
import io.bulwark.server.internal.agents.AgentRecords;
import io.bulwark.server.internal.agents.AgentReadEndpoints;
import io.bulwark.server.internal.agents.AgentStore;
import io.bulwark.server.internal.audit.AuditEndpoint;
import io.bulwark.server.internal.audit.AuditLog;
import io.bulwark.server.internal.backup.BackupEndpoints;
import io.bulwark.server.internal.backup.RestoreRule;
import io.bulwark.server.internal.commands.CommandQueue;
import io.bulwark.server.internal.components.ComponentService;
import io.bulwark.server.internal.domains.DomainEndpoints;
import io.bulwark.server.internal.domains.DomainStore;
import io.bulwark.server.internal.domains.GroupingRuleEndpoints;
import io.bulwark.server.internal.domains.GroupingRules;
import io.bulwark.server.internal.events.ChangeFeed;
import io.bulwark.server.internal.events.EventStreamEndpoint;
import io.bulwark.server.internal.host.ServerVersion;
import io.bulwark.server.internal.http.Access;
import io.bulwark.server.internal.http.ApiHandler;
import io.bulwark.server.internal.http.ChangeRunner;
import io.bulwark.server.internal.http.JsonReplies;
import io.bulwark.server.internal.http.RequestFingerprint;
import io.bulwark.server.internal.http.RouteTable;
import io.bulwark.server.internal.http.ServerInfoEndpoint;
import io.bulwark.server.internal.moves.MoveContext;
import io.bulwark.server.internal.moves.MoveFeature;
import io.bulwark.server.internal.settings.EffectiveSettingsService;
import io.bulwark.server.internal.settings.EffectiveSettingsSource;
import io.bulwark.server.internal.settings.PolicyEndpoints;
import io.bulwark.server.internal.settings.PolicyStore;
import io.bulwark.server.internal.storage.DataFolder;
import io.bulwark.server.internal.storage.Database;
import io.bulwark.server.internal.storage.Restorable;
import io.bulwark.server.internal.storage.ServerIdentity;
import io.bulwark.server.internal.storage.ServerSecret;
import io.bulwark.server.internal.tls.ServerCertificate;

/**
 * Builds the server's parts from its database and identity and wires every API route to them: the one place that knows
 * which feature serves which path.
 */
public final class ServerServices implements AutoCloseable {

    /** The data folder's file with the key of request fingerprints (see {@link RequestFingerprint}). */
    private static final String REQUEST_KEY_FILE = "request-fingerprint.key"; //$NON-NLS-1$

    /** How often the command queue re-reads which agents have queued commands. */
    private static final Duration COMMAND_RESCAN = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(ServerServices.class);

    /**
     * How agents move between servers.
     *
     * @param certificate
     *            the server's TLS identity, whose key signs receipts for arriving agents; {@code null} when serving
     *            plain HTTP
     * @param relocateTimeoutFloor
     *            the least time a relocating agent has to hand in its receipt
     */
    public record Moves(ServerCertificate certificate, Duration relocateTimeoutFloor) {
    }

    private final Clock clock;
    private final WireJson json = WireJson.create(WireJson.UnknownMembers.REJECT);
    private final ChangeFeed feed;
    private final AccountStore accounts;
    private final SessionStore sessions;
    private final DomainStore domains;
    private final GroupingRules groupingRules = new GroupingRules();
    private final CommandQueue commands;
    private final EffectiveSettingsSource effectiveSettings;
    private final AgentPresence presence;
    private final RouteTable routes = new RouteTable();
    private final ApiHandler handler;
    private final EventStreamEndpoint events;
    private final List<AutoCloseable> background = new ArrayList<>();
    /** The parts that keep database state in memory, reloaded after a backup is restored; add yours here. */
    private final List<Restorable> restorables = new CopyOnWriteArrayList<>();
    /** What restoring a backup keeps instead of rolling it back; see {@link RestoreRule}. */
    private final List<RestoreRule> restoreRules = new ArrayList<>(
            List.of(RestoreRule.keep("server_identity", "session", "audit_entry"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    /**
     * @param database
     *            the migrated database
     * @param folder
     *            the data folder, for backups
     * @param identity
     *            the server's identity
     * @param listeningPort
     *            the actual port, known once the connector is open
     * @param clock
     *            the time source
     * @param updateSource
     *            the update source's URL, or {@code null} if the server has none
     * @param enrolmentKey
     *            the key agents must present to register, or {@code null} to let any agent register
     * @param moves
     *            how agents move between servers
     * @param passwords
     *            hashes the passwords of accounts and of unloading agents
     * @throws SQLException
     *             if the state the services start from cannot be read
     * @throws IOException
     *             if the data folder cannot be read
     * @throws GeneralSecurityException
     *             if the certificate's key cannot be read
     */
    public ServerServices(Database database, DataFolder folder, ServerIdentity identity, IntSupplier listeningPort,
            Clock clock, URI updateSource, String enrolmentKey, Moves moves, PasswordHasher passwords)
            throws SQLException, IOException, GeneralSecurityException {
        this.clock = clock;
        this.feed = new ChangeFeed(clock);
        this.accounts = new AccountStore(database, passwords);
        this.sessions = new SessionStore(database, accounts, clock);
        this.domains = new DomainStore(database);
        this.commands = new CommandQueue(database, clock);
        restorables.add(commands);
        AuditLog audit = new AuditLog(clock, json);
        ComponentService components = new ComponentService(database, folder.componentsFolder(), updateSource, audit,
                feed, clock);
        background.add(components);
        AgentStore agents = new AgentStore();
        this.presence = new AgentPresence(database, agents, feed, json, clock);
        restorables.add(presence);
        routes.add("GET", ApiPaths.SERVER, Access.PUBLIC, //$NON-NLS-1$
                new ServerInfoEndpoint(identity, ServerVersion.current(), listeningPort, sessions, database,
                        agents::countByStatus, components::versions));
        new SessionEndpoints(accounts, sessions, new LoginThrottle(clock)).register(routes);
        new AccountEndpoints(database, accounts, domains).register(routes);
        new DomainEndpoints(database, domains, clock).register(routes);
        new GroupingRuleEndpoints(database, groupingRules, domains).register(routes);
        PolicyStore policies = new PolicyStore(database, json, clock);
        EffectiveSettingsService settings = new EffectiveSettingsService(policies, domains);
        this.effectiveSettings = settings;
        new PolicyEndpoints(database, policies, domains, settings, commands, passwords, clock)
                .register(routes);
        components.register(routes, domains, commands, json, presence::componentVersions);
        MoveFeature moving = new MoveFeature(new MoveContext(database, identity.serverId(),
                new AgentRecords(agents, presence, feed, json), commands, domains, settings, audit, feed, json, clock),
                folder.root(), moves.certificate(), moves.relocateTimeoutFloor());
        moving.register(routes);
        restorables.add(moving);
        restoreRules.add(MoveFeature.restoreRule(clock));
        new AgentApiEndpoints(database, agents, presence, groupingRules, commands, feed, json,
                new AgentApiEndpoints.Context(identity.serverId(), settings, enrolmentKey, clock, moving))
                .register(routes);
        new AgentReadEndpoints(database, agents, presence, domains, json).register(routes);
        new AgentChangeEndpoints(agents, domains, commands, presence, json, clock).register(routes);
        new AuditEndpoint(database, audit).register(routes);
        this.events = new EventStreamEndpoint(feed, json);
        events.register(routes);
        new BackupEndpoints(database, folder.backupFolder(), identity, ServerVersion.current(), restoreRules,
                restorables, clock).register(routes);
        this.handler = new ApiHandler(routes, new JsonReplies(json), json, sessions,
                new ChangeRunner(database, audit, feed, json, clock,
                        new RequestFingerprint(ServerSecret.loadOrCreate(folder.root().resolve(REQUEST_KEY_FILE)))));
        presence.start();
        background.add(presence);
        commands.startRescans(COMMAND_RESCAN);
        background.add(commands);
        moving.start();
        background.add(moving);
    }

    /** @return the handler that serves every route */
    public ApiHandler handler() {
        return handler;
    }

    /** @return the account store, for the first-start root account */
    public AccountStore accounts() {
        return accounts;
    }

    /** @return the settings in effect for an agent, to hand to it when it registers */
    public EffectiveSettingsSource effectiveSettings() {
        return effectiveSettings;
    }

    /** @return the feed of committed changes */
    public ChangeFeed feed() {
        return feed;
    }

    /** @return the time source */
    public Clock clock() {
        return clock;
    }

    /**
     * Ends the long-lived event streams, so that the HTTP connector can stop at once; called before it closes.
     */
    public void endStreams() {
        events.close();
    }

    /**
     * Stops background work, latest started first; the database is closed by its owner afterwards.
     */
    @Override
    public void close() {
        for (int i = background.size() - 1; i >= 0; i--) {
            try {
                background.get(i).close();
            } catch (Exception e) {
                LOG.error("A background task did not stop cleanly", e); //$NON-NLS-1$
            }
        }
    }
}
