package io.bulwark.server.internal.moves;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.move.TicketAgent;
import io.bulwark.server.internal.storage.Database;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * When a target's provisional records lapse. A record made provisional again by a restore, long after its ticket's
 * deadline, gets the same grace after the restore that an arrival gets after the deadline: its agent holds a receipt
 * its source accepted, heartbeats here, and would otherwise have to register again without its ticket.
 */
class ProvisionalLapseTest {

    private static final Duration FLOOR = Duration.ofMinutes(1);

    private final TicketStore tickets = new TicketStore();

    @Test
    void aRecordARestoreMadeProvisionalAfterTheDeadlineLapsesOneFloorAfterTheRestore(@TempDir Path folder)
            throws Exception {
        UUID ticketId = UUID.randomUUID();
        UUID agentId = UUID.randomUUID();
        try (Database database = Database.openEmbedded(folder); Connection connection = database.connection()) {
            Instant deadline = Instant.now().minus(1, ChronoUnit.DAYS);
            ticketWithAnArrival(connection, ticketId, agentId, deadline);

            MoveFeature.restoreRule(Clock.systemUTC()).afterRowsRestored(connection);
            Instant restored = Instant.now();

            assertEquals(TicketAgent.PROVISIONAL, state(connection, ticketId, agentId), "the backup had no row of it");
            assertTrue(lapse(connection, restored.plus(FLOOR.dividedBy(2))).isEmpty(), "within a floor of the restore");
            assertEquals(TicketAgent.PROVISIONAL, state(connection, ticketId, agentId));
            List<TicketStore.Entry> lapsed = lapse(connection, restored.plus(FLOOR).plusSeconds(1));
            assertEquals(List.of(agentId), lapsed.stream().map(TicketStore.Entry::agentId).toList());
            assertEquals(TicketAgent.LAPSED, state(connection, ticketId, agentId), "a floor after the restore");
        }
    }

    @Test
    void aRecordProvisionalSinceBeforeTheDeadlineLapsesOneFloorAfterIt(@TempDir Path folder) throws Exception {
        UUID ticketId = UUID.randomUUID();
        UUID agentId = UUID.randomUUID();
        try (Database database = Database.openEmbedded(folder); Connection connection = database.connection()) {
            Instant deadline = Instant.now().truncatedTo(ChronoUnit.SECONDS).plus(1, ChronoUnit.HOURS);
            ticketWithAnArrival(connection, ticketId, agentId, deadline);
            Jdbc.update(connection, "UPDATE move_ticket_agent SET state = ?", TicketAgent.PROVISIONAL);

            assertTrue(lapse(connection, deadline.plus(FLOOR).minusSeconds(1)).isEmpty(), "within a floor of it");
            assertEquals(1, lapse(connection, deadline.plus(FLOOR).plusSeconds(1)).size());
            assertEquals(TicketAgent.LAPSED, state(connection, ticketId, agentId));
        }
    }

    private List<TicketStore.Entry> lapse(Connection connection, Instant now) throws Exception {
        return tickets.lapseDue(connection, now, now.minus(FLOOR));
    }

    /**
     * A ticket whose agent arrived and heartbeated here (ticket state arrived) after a backup that has no row of it.
     */
    private static void ticketWithAnArrival(Connection connection, UUID ticketId, UUID agentId, Instant deadline)
            throws Exception {
        Instant arrived = deadline.minus(1, ChronoUnit.HOURS);
        Jdbc.update(connection, "INSERT INTO move_ticket (id, token_hash, source_server_id, deadline, created_at,"
                + " created_by, request_hash) VALUES (?, 'hash', ?, ?, ?, 'root', 'request')", ticketId,
                UUID.randomUUID(), deadline, arrived.minus(1, ChronoUnit.HOURS));
        Jdbc.update(connection, "INSERT INTO move_ticket_agent (ticket_id, agent_id, position, state, registration,"
                + " receipt, changed_at) VALUES (?, ?, 0, ?, '{}', '{}', ?)", ticketId, agentId, TicketAgent.ARRIVED,
                arrived);
    }

    private static String state(Connection connection, UUID ticketId, UUID agentId) throws Exception {
        return Jdbc.one(connection, "SELECT state FROM move_ticket_agent WHERE ticket_id = ? AND agent_id = ?",
                row -> row.getString(1), ticketId, agentId).orElseThrow();
    }
}
