package io.bulwark.client;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.internal.live.ChangeApplier;
import io.bulwark.client.internal.live.Messages;
import io.bulwark.client.internal.live.ScopePolicies;
import io.bulwark.client.internal.live.ModelUpdates;
import io.bulwark.client.internal.mapping.AgentMapping;
import io.bulwark.client.internal.mapping.ServerInfoMapping;
import io.bulwark.client.internal.mapping.TreeMapping;
import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.tree.AgentTreeIndex;
import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.admin.AgentDetail;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.admin.SessionInfo;
import io.bulwark.protocol.settings.Policy;
import io.bulwark.protocol.settings.SettingsScope;

/**
 * Keeps one server's part of the console's model live: reads the server's state into an {@link AgentTree} of its own
 * resource, then follows the server's event stream and applies every change in place, so that viewers bound to the
 * model refresh without reloading.
 * <p>
 * EMF is not thread-safe: everything that touches the model runs on the model executor the host supplies (the UI thread
 * in the console, a plain thread on the command line), in the order submitted. Network work never runs there, so a slow
 * or dead server never blocks the model or the other servers.
 */
public final class ServerConnection implements AutoCloseable {

    /** How many agents of a stream are applied to the model in one task on the model thread. */
    static final int AGENT_BATCH = 5_000;

    /** How long opening waits for the event stream before reading the state without it. */
    private static final Duration STREAM_WAIT = Duration.ofSeconds(10);
    private static final long STREAM_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    /** The URI scheme of the resources holding servers' agent trees. */
    public static final String RESOURCE_SCHEME = "bulwark-server"; //$NON-NLS-1$

    private final ManagementServer server;
    private final ServerClient client;
    private final Executor modelExecutor;
    private final ModelUpdates updates;
    private final AgentTree tree;
    private final Resource resource;
    private final String label;
    private final ExecutorService reloads;
    private final ChangeApplier changes;
    private volatile EventSubscription events;
    private volatile boolean loaded;
    private volatile boolean closed;

    /**
     * Creates the server's agent tree, empty, in a resource of its own. Call on the model thread.
     *
     * @param server
     *            the server in the model
     * @param client
     *            the client for that server, logged in or not; the connection closes it when closed
     * @param resources
     *            the resource set holding every server's tree
     * @param modelExecutor
     *            runs tasks on the model thread, in order
     */
    public ServerConnection(ManagementServer server, ServerClient client, ResourceSet resources,
            Executor modelExecutor) {
        this.server = Objects.requireNonNull(server, "server"); //$NON-NLS-1$
        this.client = Objects.requireNonNull(client, "client"); //$NON-NLS-1$
        this.modelExecutor = Objects.requireNonNull(modelExecutor, "modelExecutor"); //$NON-NLS-1$
        this.updates = new ModelUpdates(modelExecutor);
        this.label = client.address().toString();
        this.tree = ModelFactory.eINSTANCE.createAgentTree();
        this.resource = new ResourceImpl(resourceUri(server.getId()));
        resource.getContents().add(tree);
        resources.getResources().add(resource);
        server.setAgentTree(tree);
        this.reloads = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bulwark-reload " + label); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
        this.changes = new ChangeApplier(client, tree, server, updates, this::reloadAfterReset);
    }

    /**
     * @param serverId
     *            the server's id in the registry
     * @return the URI of the resource holding that server's agent tree
     */
    public static URI resourceUri(String serverId) {
        return URI.createURI(RESOURCE_SCHEME + ":/" + URI.encodeSegment(serverId, false)); //$NON-NLS-1$
    }

    /** @return the server this connection keeps live */
    public ManagementServer server() {
        return server;
    }

    /** @return the server's agent tree; read it on the model thread */
    public AgentTree tree() {
        return tree;
    }

    /** @return the client, for calls the console makes on this server */
    public ServerClient client() {
        return client;
    }

    /** @return whether the server's state has been read and changes are being followed */
    public boolean isLive() {
        return loaded && !closed && events != null && events.isConnected();
    }

    /**
     * Logs in, subscribes to the event stream, reads the server's state into the model and from then on applies the
     * server's changes as they happen. Runs on a worker thread (a job), never the model thread.
     *
     * @param monitor
     *            progress and cancellation; cancelling aborts the request in flight
     * @throws ServerException
     *             if the server cannot be reached, refuses the login or its certificate is not (or no longer) trusted;
     *             the server's state is then {@link ConnectionState#UNREACHABLE},
     *             {@link ConnectionState#CERTIFICATE_UNCONFIRMED} or {@link ConnectionState#CERTIFICATE_CHANGED}
     * @throws OperationCanceledException
     *             if cancelled; the server is then disconnected
     */
    public void open(IProgressMonitor monitor) throws ServerException {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.ServerConnection_open, label), 100);
        setState(ConnectionState.CONNECTING);
        try {
            progress.subTask(NLS.bind(Messages.ServerConnection_login, label));
            SessionInfo session = client.login(progress.split(5));
            modelExecutor.execute(() -> ServerInfoMapping.applySession(server, session));
            updates.hold();
            events = client.events(null, changes);
            boolean streaming = awaitStream(progress.split(1));
            load(progress.split(94));
            loaded = true;
            updates.release();
            setState(ConnectionState.CONNECTED);
            if (!streaming) {
                EventSubscription subscription = events;
                changes.reloadOnceConnected(subscription::isConnected);
            }
        } catch (CertificateChangedException e) {
            abandon(ConnectionState.CERTIFICATE_CHANGED);
            throw e;
        } catch (CertificateNotTrustedException e) {
            abandon(ConnectionState.CERTIFICATE_UNCONFIRMED);
            throw e;
        } catch (ServerException e) {
            abandon(ConnectionState.UNREACHABLE);
            throw e;
        } catch (OperationCanceledException e) {
            abandon(ConnectionState.DISCONNECTED);
            throw e;
        }
    }

    /**
     * Waits a little for the event stream to connect before the state is read, so that every change after the reading
     * arrives as an event; a stream that takes longer (the server refuses more streams for now, say) is not waited for,
     * and the state is read again once it connects.
     *
     * @return whether the stream is connected
     */
    private boolean awaitStream(IProgressMonitor monitor) {
        long deadline = System.nanoTime() + STREAM_WAIT.toNanos();
        while (!events.isConnected()) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            if (System.nanoTime() - deadline > 0) {
                return false;
            }
            LockSupport.parkNanos(STREAM_POLL_NANOS);
        }
        return true;
    }

    /** A failed or cancelled open: stop following the server, forget held events, and say why. */
    private void abandon(ConnectionState state) {
        EventSubscription subscription = events;
        events = null;
        if (subscription != null) {
            subscription.close();
        }
        updates.discard();
        setState(state);
    }

    /**
     * Reads the server's state (what it reports, domains, agents) into the tree, updating objects in place and removing
     * what the server no longer holds. Changes reach the model thread in batches as they arrive.
     */
    private void load(IProgressMonitor monitor) throws ServerException {
        SubMonitor progress = SubMonitor.convert(monitor, 100);
        progress.subTask(NLS.bind(Messages.ServerConnection_serverInfo, label));
        ServerInfo info = client.serverInfo(progress.split(5));
        modelExecutor.execute(() -> ServerInfoMapping.apply(server, info));
        progress.subTask(NLS.bind(Messages.ServerConnection_domains, label));
        List<Domain> domains = client.domains(progress.split(5));
        modelExecutor.execute(() -> TreeMapping.applyDomains(tree, domains));
        progress.subTask(NLS.bind(Messages.ServerConnection_policies, label));
        loadPolicies(domains, progress.split(10));
        progress.subTask(NLS.bind(Messages.ServerConnection_agents, label));
        loadAgents(progress.split(80));
    }

    /**
     * Reads the policies of the root and of every domain. Agents' own policies are read when an agent is looked at
     * ({@link #refreshPolicy}) and kept current by the event stream: few agents have one, and a server may hold
     * hundreds of thousands of agents.
     */
    private void loadPolicies(List<Domain> domains, IProgressMonitor monitor) throws ServerException {
        SubMonitor progress = SubMonitor.convert(monitor, domains.size() + 1);
        refreshPolicy(SettingsScope.root(), progress.split(1));
        for (Domain domain : domains) {
            refreshPolicy(SettingsScope.domain(domain.id()), progress.split(1));
        }
    }

    /**
     * Reads one scope's policy from the server and puts it into the model (on the model thread), replacing what the
     * model held for that scope.
     *
     * @param scope
     *            the root, a domain or an agent of this server
     * @param monitor
     *            progress and cancellation
     * @throws ServerException
     *             if the server cannot be read
     */
    public void refreshPolicy(SettingsScope scope, IProgressMonitor monitor) throws ServerException {
        Versioned<Policy> policy = client.policy(scope, monitor);
        modelExecutor.execute(
                () -> ScopePolicies.apply(tree, scope, policy.value().settings(), policy.etag()));
    }

    /**
     * Reads one agent's details (facts, component versions, inventory, recent commands) from the server and puts them
     * into the model (on the model thread): the listing only carries what a tree shows, details are loaded when an
     * agent is looked at.
     *
     * @param agentId
     *            an agent of this server
     * @param monitor
     *            progress and cancellation
     * @throws ServerException
     *             if the server cannot be read, e.g. {@link NotFoundException} for an agent that left it
     */
    public void refreshAgent(UUID agentId, IProgressMonitor monitor) throws ServerException {
        AgentDetail detail = client.agent(agentId, monitor);
        modelExecutor.execute(() -> AgentMapping.applyDetail(tree, detail));
    }

    private void loadAgents(SubMonitor progress) throws ServerException {
        // Agents the tree holds from before that the stream does not name are gone; this set is only ever touched on
        // the model thread, and stays empty on a first load, so the reading thread does nothing per agent but parse.
        Set<String> stale = new HashSet<>();
        modelExecutor.execute(() -> collectAgentIds(stale));
        List<AgentSummary> batch = new ArrayList<>(AGENT_BATCH);
        long[] read = new long[1];
        progress.setWorkRemaining(1000);
        client.streamAgents(AgentQuery.all(), agent -> {
            batch.add(agent);
            if (batch.size() == AGENT_BATCH) {
                read[0] += batch.size();
                applyAgents(List.copyOf(batch), stale);
                batch.clear();
                progress.subTask(NLS.bind(Messages.ServerConnection_agentsLoaded, label, Long.valueOf(read[0])));
                progress.worked(1);
            }
        }, progress);
        applyAgents(List.copyOf(batch), stale);
        modelExecutor.execute(() -> {
            for (String id : stale) {
                AgentMapping.removeAgent(tree, UUID.fromString(id));
            }
        });
    }

    private void collectAgentIds(Set<String> ids) {
        if (AgentTreeIndex.of(tree).agentCount() == 0) {
            return;
        }
        tree.eAllContents().forEachRemaining(object -> {
            if (object instanceof Agent agent) {
                ids.add(agent.getId());
            }
        });
    }

    private void applyAgents(List<AgentSummary> agents, Set<String> stale) {
        if (agents.isEmpty()) {
            return;
        }
        modelExecutor.execute(() -> {
            AgentMapping.applyAgents(tree, agents);
            if (!stale.isEmpty()) {
                for (AgentSummary agent : agents) {
                    stale.remove(agent.id().toString());
                }
            }
        });
    }

    /** The event stream cannot replay what was missed: read the whole state again, holding events meanwhile. */
    private void reloadAfterReset() {
        if (closed) {
            return;
        }
        reloads.execute(() -> {
            updates.hold();
            try {
                SessionInfo session = client.currentSession(null);
                modelExecutor.execute(() -> ServerInfoMapping.applySession(server, session));
                load(null);
            } catch (ServerException | RuntimeException e) {
                System.getLogger(ServerConnection.class.getName()).log(System.Logger.Level.WARNING,
                        NLS.bind(Messages.ServerConnection_reloadFailed, label, e.getMessage()), e);
            } finally {
                updates.release();
            }
        });
    }

    private void setState(ConnectionState state) {
        modelExecutor.execute(() -> server.setState(state));
    }

    /**
     * Stops following the server, closes the client and takes the server's tree out of the model (on the model thread).
     * Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        EventSubscription subscription = events;
        if (subscription != null) {
            subscription.close();
        }
        reloads.shutdownNow();
        client.close();
        updates.discard();
        modelExecutor.execute(() -> {
            if (server.getAgentTree() == tree) {
                server.setAgentTree(null);
            }
            server.setState(ConnectionState.DISCONNECTED);
            ServerInfoMapping.applySession(server, null);
            ResourceSet resources = resource.getResourceSet();
            if (resources != null) {
                resources.getResources().remove(resource);
            }
        });
    }
}
