package io.bulwark.server.internal.moves;

import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.bulwark.protocol.admin.AgentStatus;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.protocol.move.TicketAgent;
import io.bulwark.server.internal.agents.AgentMoves;
import io.bulwark.server.internal.backup.RestoreRule;
import io.bulwark.server.internal.commands.QueuedCommand;
import io.bulwark.server.internal.http.RouteTable;
import io.bulwark.server.internal.storage.Jdbc;
import io.bulwark.server.internal.storage.Restorable;
import io.bulwark.server.internal.storage.ServerSecret;
import io.bulwark.server.internal.tls.ServerCertificate;

/**
 * Moving agents between servers, both sides: as a target, tickets and arrivals; as a source, moves, relocations and
 * departures; the sweeper for deadlines, and the reconciler that asks targets about agents that relocated without
 * handing in a receipt (and releases them there before a timeout rolls them back). Its state lives in its own tables,
 * which a restore keeps as they are ({@link #restoreRule(Clock)}): a restore must neither bring back an agent that left
 * (the departed agents are deleted from the restored agent table) nor forget how far a move or a ticket has come.
 */
public final class MoveFeature implements AgentMoves, Restorable, AutoCloseable {

    /** The data folder's file with the key that ticket tokens are derived with (see {@link TicketTokens}). */
    private static final String TICKET_KEY_FILE = "move-ticket.key"; //$NON-NLS-1$

    private final ArrivalDesk arrivals;
    private final Relocations relocations;
    private final MoveSweeper sweeper;
    private final TicketEndpoints ticketEndpoints;
    private final MoveEndpoints moveEndpoints;
    private final DepartureDesk departures;
    private final ArrivalChecks arrivalChecks;
    private final ArrivalCheckClient targets;
    private final ArrivalReconciler reconciler;

    /**
     * @param context
     *            the server's parts it works with
     * @param dataFolder
     *            the data folder, for the ticket key
     * @param certificate
     *            the server's TLS identity, whose key signs receipts; {@code null} when it serves plain HTTP (arrivals
     *            are then refused)
     * @param relocateTimeoutFloor
     *            the least time a relocating agent has to hand in its receipt
     * @throws SQLException
     *             if the state cannot be read
     * @throws IOException
     *             if the ticket key cannot be read or made
     * @throws GeneralSecurityException
     *             if the certificate's key cannot be read
     */
    public MoveFeature(MoveContext context, Path dataFolder, ServerCertificate certificate,
            Duration relocateTimeoutFloor)
            throws SQLException, IOException, GeneralSecurityException {
        TicketStore tickets = new TicketStore();
        MoveStore moves = new MoveStore();
        ReceiptSigner signer = certificate == null ? null : ReceiptSigner.of(certificate);
        this.arrivals = new ArrivalDesk(context, tickets, signer);
        this.relocations = new Relocations(context, moves);
        TicketTokens tokens = new TicketTokens(ServerSecret.loadOrCreate(dataFolder.resolve(TICKET_KEY_FILE)));
        this.ticketEndpoints = new TicketEndpoints(context.database(), tickets, tokens, context);
        this.departures = new DepartureDesk(context, moves, relocations);
        this.sweeper = new MoveSweeper(context, moves, tickets, relocations, arrivals, relocateTimeoutFloor);
        this.arrivalChecks = new ArrivalChecks(tickets, tokens, context, signer);
        this.targets = new ArrivalCheckClient(context.serverId());
        this.reconciler = new ArrivalReconciler(context, moves, relocations, departures, targets,
                relocateTimeoutFloor);
        this.moveEndpoints = new MoveEndpoints(context, moves, relocations, reconciler::wake);
    }

    /**
     * @param routes
     *            receives the routes of tickets, arrival checks, moves, arrivals and departures
     */
    public void register(RouteTable routes) {
        ticketEndpoints.register(routes);
        arrivalChecks.register(routes);
        arrivals.register(routes);
        moveEndpoints.register(routes);
        departures.register(routes);
    }

    /** Starts the sweeper and the reconciler. */
    public void start() {
        sweeper.start();
        reconciler.start();
    }

    /**
     * @return what a restore does for moves: keeps their tables as they are, deletes the restored agents that have
     *         departed since (with their commands and policies; their inventories go by their foreign key), marks the
     *         agents still relocating as moving, and makes the agents that arrived here after the backup provisional
     *         again, so each becomes an agent here once more on its next heartbeat (its source forgot it)
     * @param clock
     *            the server's time source: those arrivals are provisional since the restore
     */
    public static RestoreRule restoreRule(Clock clock) {
        return new RestoreRule() {
            @Override
            public Set<String> keptTables() {
                return Set.of("move_ticket", "move_ticket_agent", "move_job", "move_item", "agent_departure"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            }

            @Override
            public void afterRowsRestored(Connection connection) throws SQLException {
                String departed = " IN (SELECT agent_id FROM agent_departure)"; //$NON-NLS-1$
                Jdbc.update(connection,
                        "DELETE FROM agent_command WHERE agent_id" + departed); //$NON-NLS-1$
                Jdbc.update(connection,
                        "DELETE FROM policy WHERE agent_id" + departed); //$NON-NLS-1$
                Jdbc.update(connection, "DELETE FROM agent WHERE id" + departed); //$NON-NLS-1$
                Jdbc.update(connection, "UPDATE agent SET status = ? WHERE id IN (SELECT agent_id FROM move_item" //$NON-NLS-1$
                        + " WHERE state = ?)", AgentStatus.MOVING, MoveItemProgress.MOVING); //$NON-NLS-1$
                // An arrival the backup had no row of: on its way here again, provisional since now, so it lapses one
                // floor after the deadline or after this restore, whichever is later (TicketStore.lapseDue).
                Jdbc.update(connection, "UPDATE move_ticket_agent t SET state = ?, changed_at = ? WHERE state = ?" //$NON-NLS-1$
                        + " AND registration IS NOT NULL" //$NON-NLS-1$
                        + " AND NOT EXISTS (SELECT 1 FROM agent a WHERE a.id = t.agent_id)" //$NON-NLS-1$
                        + " AND NOT EXISTS (SELECT 1 FROM agent_departure d WHERE d.agent_id = t.agent_id)", //$NON-NLS-1$
                        TicketAgent.PROVISIONAL, clock.instant(), TicketAgent.ARRIVED);
            }
        };
    }

    @Override
    public void reload() throws SQLException {
        arrivals.reload();
        relocations.reload();
        reconciler.wake();
    }

    @Override
    public boolean arriving(UUID agentId) throws Exception {
        return arrivals.arriving(agentId);
    }

    @Override
    public void heartbeat(UUID agentId, boolean roaming) throws Exception {
        relocations.heartbeat(agentId, roaming);
    }

    @Override
    public List<QueuedCommand> handOutAgain(UUID agentId) throws Exception {
        return relocations.handOutAgain(agentId);
    }

    @Override
    public void relocateFailed(UUID agentId, long commandId, String message) throws Exception {
        relocations.relocateFailed(agentId, commandId, message);
    }

    @Override
    public void close() {
        sweeper.close();
        reconciler.close();
        targets.close();
    }
}
