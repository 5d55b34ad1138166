package io.bulwark.client;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.bulwark.client.internal.AgentStreamReader;
import io.bulwark.client.internal.ApiCaller;
import io.bulwark.client.internal.ResourcePaths;
import io.bulwark.client.internal.TypedCalls;
import io.bulwark.client.internal.Call;
import io.bulwark.client.internal.EventStreamConnection;
import io.bulwark.protocol.ApiHeaders;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.admin.AgentBatch;
import io.bulwark.protocol.admin.AgentDetail;
import io.bulwark.protocol.admin.AgentMoveRequest;
import io.bulwark.protocol.admin.AgentPage;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.admin.DomainRequest;
import io.bulwark.protocol.admin.SessionInfo;
import io.bulwark.protocol.settings.EffectiveSettings;
import io.bulwark.protocol.settings.Policy;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.SettingsScope;

/**
 * The console's connection to one management server: typed calls on the protocol's wire records over HTTPS (or plain
 * HTTP for a server started with {@code --http}).
 * <p>
 * <b>Sessions.</b> The first call logs in with the credentials; when the server later answers 401 because the session
 * expired or was ended, the client logs in again and repeats the call once. Only if that fails too does the caller see
 * an {@link AuthenticationException}.
 * <p>
 * <b>Trust.</b> The server's certificate is pinned by its SHA-256 fingerprint. Without a pin the first call fails with
 * {@link CertificateNotTrustedException} carrying the fingerprint the server presented, before anything is sent; after
 * the administrator confirmed it, {@link #trust(CertificateFingerprint)} pins it. A server that presents another
 * certificate than the pinned one is refused with {@link CertificateChangedException}, naming both fingerprints, until
 * the new one is trusted explicitly.
 * <p>
 * <b>Failures.</b> Reads, and mutations (each carries an {@code Idempotency-Key}, the same on every attempt, so the
 * server applies it once), are repeated after passing failures (no connection, 503) as the {@link RetryPolicy} says; a
 * login is never repeated. Every failure is a {@link ServerException} subclass.
 * <p>
 * <b>Cancellation.</b> Every call takes a progress monitor (or {@code null}); cancelling it aborts the request in
 * flight, even one blocked on a slow server, and the call throws {@link OperationCanceledException}. The client stays
 * usable.
 * <p>
 * Thread-safe. Each client has its own connection pool, so a slow or dead server never holds up calls to another.
 */
public final class ServerClient implements AutoCloseable {

    /** Agents per page when the caller names no page size: the server's largest page. */
    public static final int AGENT_PAGE_SIZE = 1000;

    private final ApiCaller caller;
    private final TypedCalls calls;
    private final ServerAdministration administration;
    private final ServerGroupingRules groupingRules;
    private final ServerMoves moves;
    private final Set<EventStreamConnection> subscriptions = ConcurrentHashMap.newKeySet();

    /**
     * A client with the default {@link RetryPolicy}.
     *
     * @param address
     *            the server
     * @param credentials
     *            the account to log in with
     * @param pinned
     *            the trusted certificate fingerprint, or {@code null} if none was confirmed yet
     */
    public ServerClient(ServerAddress address, Credentials credentials, CertificateFingerprint pinned) {
        this(address, credentials, pinned, RetryPolicy.DEFAULT);
    }

    /**
     * @param address
     *            the server
     * @param credentials
     *            the account to log in with
     * @param pinned
     *            the trusted certificate fingerprint, or {@code null} if none was confirmed yet
     * @param retry
     *            how calls that are safe to repeat are repeated
     */
    public ServerClient(ServerAddress address, Credentials credentials, CertificateFingerprint pinned,
            RetryPolicy retry) {
        this.caller = new ApiCaller(Objects.requireNonNull(address, "address"), //$NON-NLS-1$
                Objects.requireNonNull(credentials, "credentials"), pinned, Objects.requireNonNull(retry, "retry")); //$NON-NLS-1$ //$NON-NLS-2$
        this.calls = new TypedCalls(caller);
        this.administration = new ServerAdministration(calls);
        this.groupingRules = new ServerGroupingRules(caller, calls);
        this.moves = new ServerMoves(caller, calls);
    }

    /** @return the server's address */
    public ServerAddress address() {
        return caller.address();
    }

    /** @return the pinned fingerprint, or {@code null} if none is (or over plain HTTP) */
    public CertificateFingerprint pinned() {
        return caller.pinned();
    }

    /**
     * Trusts the certificate with this fingerprint from now on, and no other: the administrator's explicit confirmation
     * after a {@link CertificateNotTrustedException} or a {@link CertificateChangedException}. The caller stores it for
     * the next start.
     *
     * @param fingerprint
     *            the fingerprint to pin
     */
    public void trust(CertificateFingerprint fingerprint) {
        caller.trust(Objects.requireNonNull(fingerprint, "fingerprint")); //$NON-NLS-1$
    }

    /** @return the current session (without its token's value shown), or {@code null} before the first login */
    public SessionInfo session() {
        return caller.session();
    }

    /**
     * @param monitor
     *            cancels the call, or {@code null}
     * @return who this client is signed in as, as the server sees it now: user, role and domains (no token)
     * @throws ServerException
     *             if the call fails
     */
    public SessionInfo currentSession(IProgressMonitor monitor) throws ServerException {
        return calls.get(ApiPaths.CURRENT_SESSION, SessionInfo.class, monitor);
    }

    /**
     * Logs in now. Calls log in by themselves when needed, so this is for checking credentials or renewing early.
     *
     * @param monitor
     *            cancels the login, or {@code null}
     * @return the new session, with its token and expiry
     * @throws ServerException
     *             e.g. {@link AuthenticationException} for wrong credentials, {@link ThrottledException} after too many
     */
    public SessionInfo login(IProgressMonitor monitor) throws ServerException {
        return caller.login(monitor);
    }

    /**
     * Ends the session on the server. The next call logs in again.
     *
     * @param monitor
     *            cancels the call, or {@code null}
     * @throws ServerException
     *             if the server cannot be reached
     */
    public void logout(IProgressMonitor monitor) throws ServerException {
        caller.send(Call.mutation("DELETE", ApiPaths.CURRENT_SESSION, null, null), ApiCaller.noBody(), monitor); //$NON-NLS-1$
    }

    /**
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the server's name, version, listening port, identity, agent counts and component versions
     * @throws ServerException
     *             if the call fails
     */
    public ServerInfo serverInfo(IProgressMonitor monitor) throws ServerException {
        return calls.get(ApiPaths.SERVER, ServerInfo.class, monitor);
    }

    /**
     * @param monitor
     *            cancels the call, or {@code null}
     * @return every domain of the server's tree, each naming its parent
     * @throws ServerException
     *             if the call fails
     */
    public List<Domain> domains(IProgressMonitor monitor) throws ServerException {
        return List.of(calls.get(ApiPaths.DOMAINS, Domain[].class, monitor));
    }

    /**
     * Creates a domain.
     *
     * @param name
     *            its name, unique among its siblings
     * @param parentId
     *            its parent, or {@code null} for directly under the root
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the new domain
     * @throws ServerException
     *             e.g. {@link InvalidRequestException} for a bad name, {@link ConflictException} for a duplicate
     */
    public Domain createDomain(String name, Long parentId, IProgressMonitor monitor) throws ServerException {
        return createDomain(name, parentId, null, monitor);
    }

    /**
     * Creates a domain under an idempotency key the caller keeps, e.g. in a journal: sending the same creation again
     * with the same key, even from a restarted console, creates nothing more and answers the first result.
     *
     * @param name
     *            its name
     * @param parentId
     *            its parent, or {@code null}
     * @param idempotencyKey
     *            the key of this one creation (1–128 printable ASCII characters), or {@code null} for a fresh one
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the new domain
     * @throws ServerException
     *             if the call fails
     */
    public Domain createDomain(String name, Long parentId, String idempotencyKey, IProgressMonitor monitor)
            throws ServerException {
        DomainRequest request = new DomainRequest(name, parentId, null);
        return calls.mutate("POST", ApiPaths.DOMAINS, request, idempotencyKey, Domain.class, monitor); //$NON-NLS-1$
    }

    /**
     * @param domainId
     *            the domain
     * @param name
     *            its new name
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the renamed domain
     * @throws ServerException
     *             if the call fails
     */
    public Domain renameDomain(long domainId, String name, IProgressMonitor monitor) throws ServerException {
        return calls.mutate("PATCH", ResourcePaths.domain(domainId), new DomainRequest(name, null, null), null, //$NON-NLS-1$
                Domain.class, monitor);
    }

    /**
     * @param domainId
     *            the domain
     * @param parentId
     *            its new parent, or {@code null} for directly under the root
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the moved domain
     * @throws ServerException
     *             if the call fails, e.g. {@link ConflictException} for a move into its own subtree
     */
    public Domain moveDomain(long domainId, Long parentId, IProgressMonitor monitor) throws ServerException {
        DomainRequest request = parentId == null
                ? new DomainRequest(null, null, Boolean.TRUE)
                : new DomainRequest(null, parentId, null);
        return calls.mutate("PATCH", ResourcePaths.domain(domainId), request, null, Domain.class, monitor); //$NON-NLS-1$
    }

    /**
     * @param domainId
     *            an empty domain
     * @param monitor
     *            cancels the call, or {@code null}
     * @throws ServerException
     *             e.g. {@link ConflictException} if it still holds agents or domains
     */
    public void deleteDomain(long domainId, IProgressMonitor monitor) throws ServerException {
        caller.send(Call.mutation("DELETE", ResourcePaths.domain(domainId), null, null), ApiCaller.noBody(), monitor); //$NON-NLS-1$
    }

    /**
     * One page of agents, ordered by host name.
     *
     * @param query
     *            which agents
     * @param cursor
     *            {@code null} for the first page, else the previous page's {@link AgentPage#next()}
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the page
     * @throws ServerException
     *             if the call fails
     */
    public AgentPage agents(AgentQuery query, String cursor, IProgressMonitor monitor) throws ServerException {
        return agents(query, cursor, AGENT_PAGE_SIZE, monitor);
    }

    /**
     * @param query
     *            which agents
     * @param cursor
     *            {@code null} for the first page, else the previous page's {@link AgentPage#next()}
     * @param limit
     *            agents per page, 1–1000
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the page
     * @throws ServerException
     *             if the call fails
     */
    public AgentPage agents(AgentQuery query, String cursor, int limit, IProgressMonitor monitor)
            throws ServerException {
        String path = cursor == null
                ? query.path("limit=" + limit) //$NON-NLS-1$
                : query.path("limit=" + limit, "cursor=" + AgentQuery.encode(cursor)); //$NON-NLS-1$ //$NON-NLS-2$
        return calls.get(path, AgentPage.class, monitor);
    }

    /**
     * @param query
     *            which agents
     * @param monitor
     *            cancels the call, or {@code null}
     * @return how many agents match
     * @throws ServerException
     *             if the call fails
     */
    public long countAgents(AgentQuery query, IProgressMonitor monitor) throws ServerException {
        Long total = calls.get(query.path("limit=1", "count=true"), AgentPage.class, monitor).total(); //$NON-NLS-1$ //$NON-NLS-2$
        return total == null ? 0 : total.longValue();
    }

    /**
     * Streams every matching agent (NDJSON), handing each to the sink as it is parsed: for loading large trees without
     * holding the whole list twice. Repeated after a passing failure only while nothing was delivered yet.
     *
     * @param query
     *            which agents
     * @param sink
     *            receives each agent in order, on the calling thread
     * @param monitor
     *            cancels the stream, or {@code null}
     * @return how many agents were delivered
     * @throws ServerException
     *             if the stream cannot be opened or breaks
     */
    public long streamAgents(AgentQuery query, Consumer<AgentSummary> sink, IProgressMonitor monitor)
            throws ServerException {
        IProgressMonitor checked = monitor != null ? monitor : new NullProgressMonitor();
        Call call = Call.get(query.path()).accepting(WireJson.NDJSON_MEDIA_TYPE);
        long[] delivered = new long[1];
        return caller.send(call, answer -> Long.valueOf(AgentStreamReader.read(answer, sink, checked, delivered)),
                () -> delivered[0] == 0, checked).longValue();
    }

    /**
     * @param agentId
     *            the agent's GUID
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the agent's details, inventory and recent commands
     * @throws ServerException
     *             e.g. {@link NotFoundException}
     */
    public AgentDetail agent(UUID agentId, IProgressMonitor monitor) throws ServerException {
        return calls.get(ApiPaths.AGENTS + "/" + agentId, AgentDetail.class, monitor); //$NON-NLS-1$
    }

    /**
     * Moves agents into one domain of this server.
     *
     * @param agentIds
     *            the agents, 1 to 10,000
     * @param domainId
     *            the target domain, or {@code null} for directly under the root
     * @param idempotencyKey
     *            the key of this one move, or {@code null} for a fresh one
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the moved agents as they are now
     * @throws ServerException
     *             if the call fails
     */
    public List<AgentSummary> moveAgents(List<UUID> agentIds, Long domainId, String idempotencyKey,
            IProgressMonitor monitor) throws ServerException {
        return calls.mutate("POST", ApiPaths.AGENTS_MOVE, new AgentMoveRequest(agentIds, domainId), idempotencyKey, //$NON-NLS-1$
                AgentBatch.class, monitor).agents();
    }

    /**
     * The settings a scope sets itself, with the version to send back when changing them.
     *
     * @param scope
     *            the root, a domain or an agent
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the scope's own settings and their {@code ETag}
     * @throws ServerException
     *             if the call fails
     */
    public Versioned<Policy> policy(SettingsScope scope, IProgressMonitor monitor) throws ServerException {
        return caller.send(Call.get(ResourcePaths.policy(scope)), calls.versioned(Policy.class), monitor);
    }

    /**
     * @param scope
     *            the root, a domain or an agent
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the settings in effect there after inheritance, each group with the scope it comes from
     * @throws ServerException
     *             if the call fails
     */
    public EffectiveSettings effectiveSettings(SettingsScope scope, IProgressMonitor monitor) throws ServerException {
        return calls.get(ResourcePaths.policy(scope) + ApiPaths.EFFECTIVE, EffectiveSettings.class, monitor);
    }

    /**
     * Replaces a scope's own settings, if nobody changed them since they were read.
     *
     * @param scope
     *            the root, a domain or an agent
     * @param settings
     *            the new settings; at a domain or agent, absent groups are inherited
     * @param ifMatch
     *            the {@link Versioned#etag()} the change is based on
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the stored settings with their new {@code ETag}
     * @throws ServerException
     *             {@link VersionConflictException} if they changed meanwhile (nothing is written),
     *             {@link InvalidRequestException} for settings the server does not accept
     */
    public Versioned<Policy> putPolicy(SettingsScope scope, PolicySettings settings, String ifMatch,
            IProgressMonitor monitor) throws ServerException {
        Call call = Call.mutation("PUT", ResourcePaths.policy(scope), ApiCaller.JSON.write(settings), null); //$NON-NLS-1$
        return caller.send(ifMatch == null ? call : call.withHeader(ApiHeaders.IF_MATCH, ifMatch),
                calls.versioned(Policy.class), monitor);
    }

    /**
     * Subscribes to the server's changes. The subscription logs in like any call, reconnects by itself after a dropped
     * connection or a server restart, and ends when closed or when this client is closed.
     *
     * @param lastEventId
     *            the last event id seen before (to receive what was missed, or a reset), or {@code null} for changes
     *            from now on
     * @param listener
     *            receives the events on the subscription's thread
     * @return the running subscription
     */
    public EventSubscription events(String lastEventId, EventListener listener) {
        EventStreamConnection connection = new EventStreamConnection(caller, lastEventId,
                Objects.requireNonNull(listener, "listener")); //$NON-NLS-1$
        subscriptions.add(connection);
        return connection;
    }

    /**
     * @return the calls that administer the server: accounts, the audit log, components
     */
    public ServerAdministration administration() {
        return administration;
    }

    /**
     * @return the calls on the server's automatic grouping rules
     */
    public ServerGroupingRules groupingRules() {
        return groupingRules;
    }

    /**
     * @return the calls that move agents to another server: tickets on a target, moves on a source
     */
    public ServerMoves moves() {
        return moves;
    }

    /**
     * @return the calls that read and write scopes' policies as model objects, for the settings editors
     */
    public ServerPolicies policies() {
        return new ServerPolicies(this);
    }

    /**
     * @return the calls that choose the server's update agents
     */
    public UpdateAgents updateAgents() {
        return new UpdateAgents(calls);
    }

    /** Ends every event subscription and closes every connection; later calls fail. */
    @Override
    public void close() {
        for (EventStreamConnection subscription : subscriptions) {
            subscription.close();
        }
        subscriptions.clear();
        caller.close();
    }
}
