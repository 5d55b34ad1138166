package io.bulwark.client.internal.live;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import org.eclipse.osgi.util.NLS;

import io.bulwark.client.EventListener;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.client.internal.mapping.AgentMapping;
import io.bulwark.client.internal.mapping.ServerInfoMapping;
import io.bulwark.client.internal.mapping.TreeMapping;
import io.bulwark.model.AgentTree;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;
import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.admin.AgentStatusChange;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.ChangeEvent;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.admin.SessionInfo;
import io.bulwark.protocol.admin.StreamReset;
import io.bulwark.protocol.settings.Policy;

/**
 * Turns the server's change events into changes of its agent tree: agents registered, changed, moved between domains or
 * gone from the server (moved to another server), their status, domains, policies, the server's own facts and the role
 * of the account signed in with. Runs on the event stream's thread: what an event carries is applied through
 * {@link ModelUpdates} on the model thread; what it only announces (domains, components) is read from the server here,
 * off the model thread, and then applied the same way.
 */
public final class ChangeApplier implements EventListener {

    private static final System.Logger LOG = System.getLogger(ChangeApplier.class.getName());

    private static final WireJson JSON = WireJson.create(WireJson.UnknownMembers.IGNORE);

    private final ServerClient client;
    private final AgentTree tree;
    private final ManagementServer server;
    private final ModelUpdates updates;
    private final Runnable reload;
    private final AtomicBoolean reloadOnConnect = new AtomicBoolean();

    /**
     * @param client
     *            reads what an event only announces
     * @param tree
     *            the server's agent tree
     * @param server
     *            the server in the model
     * @param updates
     *            the way to the model thread
     * @param reload
     *            reads the whole state again, when the stream says events were lost
     */
    public ChangeApplier(ServerClient client, AgentTree tree, ManagementServer server, ModelUpdates updates,
            Runnable reload) {
        this.client = client;
        this.tree = tree;
        this.server = server;
        this.updates = updates;
        this.reload = reload;
    }

    @Override
    public void onEvent(ChangeEvent event) {
        try {
            apply(event);
        } catch (ServerException | WireFormatException e) {
            LOG.log(System.Logger.Level.WARNING, NLS.bind(Messages.ServerConnection_eventFailed,
                    new Object[]{client.address(), event.kind() + ' ' + event.id(), e.getMessage()}), e);
        }
    }

    private void apply(ChangeEvent event) throws ServerException {
        switch (event.kind()) {
            case "agent.registered", "agent.changed", "agent.moved" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                AgentSummary agent = JSON.convert(event.data(), AgentSummary.class);
                updates.submit(() -> AgentMapping.applyAgents(tree, List.of(agent)));
            }
            case "agent.departed" -> { //$NON-NLS-1$
                UUID departed = agentId(event);
                updates.submit(() -> AgentMapping.removeAgent(tree, departed));
            }
            case "agent.status" -> { //$NON-NLS-1$
                AgentStatusChange change = JSON.convert(event.data(), AgentStatusChange.class);
                updates.submit(() -> AgentMapping.applyStatus(tree, change));
            }
            case "domain.created", "domain.changed", "domain.deleted" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                List<Domain> domains = client.domains(null);
                updates.submit(() -> TreeMapping.applyDomains(tree, domains));
            }
            case "settings.changed" -> { //$NON-NLS-1$
                Policy policy = JSON.convert(event.data(), Policy.class);
                String version = ScopePolicies.entityTag(policy.version());
                updates.submit(() -> ScopePolicies.apply(tree, policy.scope(), policy.settings(), version));
            }
            case "account.changed" -> { //$NON-NLS-1$
                SessionInfo signedIn = client.session();
                if (signedIn != null && event.id().equals(signedIn.user())) {
                    SessionInfo now = client.currentSession(null);
                    updates.submit(() -> ServerInfoMapping.applySession(server, now));
                }
            }
            case "component.updated" -> { //$NON-NLS-1$
                ServerInfo info = client.serverInfo(null);
                updates.submit(() -> ServerInfoMapping.apply(server, info));
            }
            // the reload reads what the server reports about itself, too
            case "backup.restored" -> reload.run(); //$NON-NLS-1$
            default -> {
                // Changes the model does not show yet (other accounts, notifications, jobs) need nothing here.
            }
        }
    }

    /** @return the agent an event names; the server sends a UUID, anything else is a broken stream */
    private static UUID agentId(ChangeEvent event) {
        try {
            return UUID.fromString(event.id());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new WireFormatException("An agent event names no agent id: " + event.id(), "id", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    @Override
    public void onReset(StreamReset reset) {
        reload.run();
    }

    @Override
    public void onDisconnected(ServerException cause) {
        updates.submit(() -> {
            if (server.getState() == ConnectionState.CONNECTED) {
                server.setState(ConnectionState.UNREACHABLE);
            }
        });
    }

    @Override
    public void onConnected() {
        updates.submit(() -> {
            if (server.getState() == ConnectionState.UNREACHABLE) {
                server.setState(ConnectionState.CONNECTED);
            }
        });
        if (reloadOnConnect.compareAndSet(true, false)) {
            reload.run();
        }
    }

    /**
     * The state was read before the event stream connected, so changes made between the reading and the stream's start
     * reach no event: read everything again once the stream is connected, or now if it connected meanwhile.
     *
     * @param connected
     *            whether the stream is connected now
     */
    public void reloadOnceConnected(BooleanSupplier connected) {
        reloadOnConnect.set(true);
        if (connected.getAsBoolean() && reloadOnConnect.compareAndSet(true, false)) {
            reload.run();
        }
    }
}
