package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.bulwark.protocol.admin.AgentPage;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.Backup;
import io.bulwark.protocol.agent.AgentCommand;
import io.bulwark.protocol.agent.Registration;
import io.bulwark.protocol.move.Arrived;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.protocol.move.MoveProgress;
import io.bulwark.protocol.move.MoveReceipt;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTicket;
import io.bulwark.protocol.move.TicketAgent;

/**
 * Moves survive what happens to their servers, on H2 and on PostgreSQL: a source killed with {@code kill -9} mid-move
 * and started again carries on where it stopped, restoring a backup taken before an agent left never brings the agent
 * back, restoring the target's backup taken before an agent arrived does not lose it, and after a crash the moves'
 * records, not the statuses stored behind, say which agents are moving. Fault injection, so tagged slow:
 * {@code ./bulwark test --slow} runs it.
 */
@Tag("slow")
class MoveRecoveryTest {

    @Nested
    class OnH2 extends Contract {
        OnH2() {
            super(Storage.H2);
        }
    }

    @Nested
    class OnPostgresql extends Contract {
        OnPostgresql() {
            super(Storage.POSTGRESQL);
        }
    }

    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    abstract static class Contract extends MoveServersContract {

        Contract(Storage storage) {
            super(storage);
        }

        @Test
        @Order(1)
        void aKilledSourceCarriesOnItsMovesAfterARestart() throws Exception {
            Registration moving = onlineAgent("restart-moving", "10.90.0.1");
            Registration waiting = offlineAgent("restart-waiting", "10.90.0.2");
            List<UUID> ids = List.of(moving.agentId(), waiting.agentId());
            MoveTicket ticket = ticket(ids, inDays(1));
            MoveProgress move = startMove(request(ids, ticket, MoveRequest.WAIT));
            AgentCommand relocate = relocateCommand(moving.agentId());
            MoveReceipt receipt = arrive(moving, relocate.relocate().ticket(), sourceId).as(Arrived.class).receipt();

            killSource();
            startSource();

            assertEquals(move.items(), progress(move.moveId()).items(), "the move is as it was");
            assertEquals("moving", AgentCalls.status(sourceRoot, moving.agentId()));
            assertEquals(200, depart(receipt).status());
            assertFalse(owns(sourceRoot, moving.agentId()));
            assertTrue(heartbeatForRelocate(waiting.agentId(), false).isPresent(),
                    "a waiting agent still gets its relocate command when it is back");
            assertEquals(MoveItemProgress.MOVING, item(move.moveId(), waiting.agentId()).state());
            assertEquals(200, AgentCalls.heartbeat(targetAgent, moving.agentId(), false).status());
            assertEquals(TicketAgent.ARRIVED, ticketState(ticket.ticketId(), moving.agentId()));
        }

        @Test
        @Order(2)
        void restoringABackupNeverBringsBackAnAgentThatMovedAway() throws Exception {
            Registration leaving = onlineAgent("restore-leaving", "10.91.0.1");
            Registration staying = onlineAgent("restore-staying", "10.91.0.2");
            AdminSession.Reply backedUp = sourceRoot.post("/api/v1/backups", null);
            assertEquals(201, backedUp.status(), backedUp.body());
            Backup backup = backedUp.as(Backup.class);
            MoveTicket ticket = ticket(List.of(leaving.agentId()), inDays(1));
            MoveProgress move = startMove(request(List.of(leaving.agentId()), ticket, MoveRequest.WAIT));
            relocateCommand(leaving.agentId());
            MoveReceipt receipt = arrive(leaving, ticket.token(), sourceId).as(Arrived.class).receipt();
            assertEquals(200, depart(receipt).status());
            assertFalse(owns(sourceRoot, leaving.agentId()));

            AdminSession.Reply restored = sourceRoot.post("/api/v1/backups/" + backup.id() + "/restore", null);

            assertEquals(200, restored.status(), restored.body());
            assertFalse(owns(sourceRoot, leaving.agentId()), "the departed agent stays gone");
            assertTrue(owns(sourceRoot, staying.agentId()));
            assertEquals(404, AgentCalls.heartbeat(sourceAgent, leaving.agentId(), false).status());
            assertEquals(MoveItemProgress.ARRIVED, item(move.moveId(), leaving.agentId()).state(),
                    "the move's progress is kept across the restore");
        }

        @Test
        @Order(3)
        void restoringTheTargetKeepsAnAgentThatArrivedAfterItsBackup() throws Exception {
            Registration arriving = onlineAgent("restore-arriving", "10.91.0.3");
            UUID id = arriving.agentId();
            MoveTicket ticket = ticket(List.of(id), inDays(1));
            AdminSession.Reply backedUp = targetRoot.post("/api/v1/backups", null);
            assertEquals(201, backedUp.status(), backedUp.body());
            Backup backup = backedUp.as(Backup.class);
            startMove(request(List.of(id), ticket, MoveRequest.WAIT));
            relocateCommand(id);
            MoveReceipt receipt = arrive(arriving, ticket.token(), sourceId).as(Arrived.class).receipt();
            assertEquals(200, depart(receipt).status());
            assertEquals(200, AgentCalls.heartbeat(targetAgent, id, false).status());
            assertTrue(owns(targetRoot, id));

            AdminSession.Reply restored = targetRoot.post("/api/v1/backups/" + backup.id() + "/restore", null);

            assertEquals(200, restored.status(), restored.body());
            assertFalse(owns(sourceRoot, id), "its source forgot it");
            assertEquals(TicketAgent.PROVISIONAL, ticketState(ticket.ticketId(), id),
                    "the backup had no row of it, so it is on its way here again");
            assertEquals(200, AgentCalls.heartbeat(targetAgent, id, false).status(),
                    "its next heartbeat makes it the target's again");
            assertTrue(owns(targetRoot, id));
            assertEquals(TicketAgent.ARRIVED, ticketState(ticket.ticketId(), id));
        }

        @Test
        @Order(4)
        void afterACrashTheMovesRecordsDecideWhoIsMoving() throws Exception {
            Registration moving = onlineAgent("crash-moving", "10.92.0.1");
            Registration stayed = onlineAgent("crash-stayed", "10.92.0.2");
            MoveTicket ticket = ticket(List.of(moving.agentId()), inDays(1));
            startMove(request(List.of(moving.agentId()), ticket, MoveRequest.WAIT));
            killSource();
            // A crash may come before the statuses are stored behind, or after a move ended: the rows say otherwise.
            try (Connection connection = sourceDatabase.connect(folder.resolve("source"));
                    PreparedStatement update = connection
                            .prepareStatement("UPDATE agent SET status = ? WHERE id = ?")) {
                update.setString(1, "online");
                update.setObject(2, moving.agentId());
                assertEquals(1, update.executeUpdate());
                update.setString(1, "moving");
                update.setObject(2, stayed.agentId());
                assertEquals(1, update.executeUpdate());
            }

            startSource();

            assertEquals("moving", AgentCalls.status(sourceRoot, moving.agentId()), "its move relocates it");
            assertEquals("online", AgentCalls.status(sourceRoot, stayed.agentId()), "no move relocates it");
            Set<UUID> listed = sourceRoot.get("/api/v1/agents?status=moving&limit=1000").as(AgentPage.class).items()
                    .stream().map(AgentSummary::id).collect(Collectors.toSet());
            assertTrue(listed.contains(moving.agentId()), "the start stored the statuses before it answered");
            assertFalse(listed.contains(stayed.agentId()), "the start stored the statuses before it answered");
        }
    }
}
