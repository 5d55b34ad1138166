package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.bulwark.protocol.agent.AgentCommand;
import io.bulwark.protocol.agent.CommandResult;
import io.bulwark.protocol.agent.Registration;
import io.bulwark.protocol.components.ComponentUpdateJob;
import io.bulwark.protocol.components.NotificationPage;
import io.bulwark.protocol.components.NotifyAgentsRequest;
import io.bulwark.protocol.move.Arrived;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.protocol.move.MoveProgress;
import io.bulwark.protocol.move.MoveReceipt;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTicket;

/**
 * What keeps an agent on its source, between two real servers on H2 and on PostgreSQL: queued notifications, offline
 * and roaming agents that wait or are skipped, the deadline, a failed or silent relocation, and cancelling. The servers
 * give a relocating agent one second (or ten intervals) to hand in its receipt.
 */
class MoveRollbackTest {

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

    abstract static class Contract extends MoveServersContract {

        Contract(Storage storage) {
            super(storage);
        }

        @Test
        void queuedNotificationsRefuseTheMoveUnlessItCancelsThem() throws Exception {
            AdminSession.Reply update = sourceRoot.post("/api/v1/components/update", "{}");
            assertEquals(202, update.status(), update.body());
            String job = update.as(ComponentUpdateJob.class).id();
            Await.until("the server to hold components", WAIT,
                    () -> sourceRoot.get("/api/v1/components/update").as(ComponentUpdateJob.class),
                    latest -> !latest.id().equals(job) || !ComponentUpdateJob.RUNNING.equals(latest.state()));
            Registration agent = onlineAgent("notified-pc", "10.80.0.1");
            UUID id = agent.agentId();
            AdminSession.Reply notified = sourceRoot.post("/api/v1/components/notify",
                    new NotifyAgentsRequest(List.of(id), null, null, Boolean.TRUE));
            assertEquals(200, notified.status(), notified.body());
            MoveTicket ticket = ticket(List.of(id), inDays(1));
            MoveRequest request = request(List.of(id), ticket, MoveRequest.WAIT);

            AdminSession.Reply refused = sourceRoot.post("/api/v1/moves", request);

            assertRefused(refused, 409, "notifications_pending");
            assertEquals(List.of(id.toString()), refused.error().details().get("agentIds"), refused.body());
            assertEquals(404, sourceRoot.get("/api/v1/moves/" + request.moveId()).status(), "nothing was started");
            MoveRequest cancelling = new MoveRequest(request.moveId(), request.agentIds(), request.target(),
                    request.ticket(), request.sourceToken(), request.deadline(), request.offlineAgents(), true);
            assertEquals(MoveItemProgress.MOVING, startMove(cancelling).items().get(0).state());
            NotificationPage queue = sourceRoot.get("/api/v1/notifications?limit=1000").as(NotificationPage.class);
            assertTrue(queue.items().stream().noneMatch(n -> n.agentId().equals(id)), "its notification is gone");
            List<String> actions = sourceRoot.get("/api/v1/audit?limit=5").body().lines().toList();
            assertTrue(actions.toString().contains("notifications.cancel"), "the cancelling is audited");
        }

        @Test
        void offlineAgentsWaitOrAreSkippedAndAWaitingOneMovesWhenItIsBackInside() throws Exception {
            Registration waiting = offlineAgent("offline-waits", "10.81.0.1");
            Registration skipped = offlineAgent("offline-skipped", "10.81.0.2");
            MoveTicket ticket = ticket(List.of(waiting.agentId(), skipped.agentId()), inDays(1));
            MoveProgress waits = startMove(request(List.of(waiting.agentId()), ticket, MoveRequest.WAIT));
            MoveProgress skips = startMove(request(List.of(skipped.agentId()), ticket, MoveRequest.SKIP));
            assertEquals(MoveItemProgress.WAITING, waits.items().get(0).state());
            assertEquals(MoveItemProgress.SKIPPED, skips.items().get(0).state());
            assertTrue(skips.finished());

            assertTrue(heartbeatForRelocate(waiting.agentId(), true).isEmpty(), "roaming, it keeps waiting");
            assertEquals(MoveItemProgress.WAITING, item(waits.moveId(), waiting.agentId()).state());
            assertTrue(heartbeatForRelocate(waiting.agentId(), false).isPresent(),
                    "back inside the network it gets its relocate command at once");
            assertEquals(MoveItemProgress.MOVING, item(waits.moveId(), waiting.agentId()).state());
            assertTrue(heartbeatForRelocate(skipped.agentId(), false).isEmpty());
        }

        @Test
        void theDeadlineExpiresWaitingAgentsAndRollsBackMovingOnes() throws Exception {
            Registration moving = onlineAgent("deadline-moving", "10.82.0.1");
            Registration waiting = offlineAgent("deadline-waiting", "10.82.0.2");
            MoveTicket ticket = ticket(List.of(moving.agentId(), waiting.agentId()), inMillis(2_000));
            MoveProgress move = startMove(
                    request(List.of(moving.agentId(), waiting.agentId()), ticket, MoveRequest.WAIT));

            awaitItem(move.moveId(), waiting.agentId(), MoveItemProgress.EXPIRED);
            awaitItem(move.moveId(), moving.agentId(), MoveItemProgress.ROLLED_BACK);
            assertEquals("online", AgentCalls.status(sourceRoot, moving.agentId()), "its status is restored");
            assertTrue(progress(move.moveId()).finished());
            assertTrue(heartbeatForRelocate(moving.agentId(), false).isEmpty(),
                    "the relocate command not handed out is withdrawn");
        }

        @Test
        void aFailedRelocationRollsTheAgentBackAndItsLateReceiptIsRefused() throws Exception {
            Registration agent = onlineAgent("relocate-fails", "10.83.0.1");
            UUID id = agent.agentId();
            MoveTicket ticket = ticket(List.of(id), inDays(1));
            MoveProgress move = startMove(request(List.of(id), ticket, MoveRequest.WAIT));
            AgentCommand relocate = relocateCommand(id);

            AdminSession.Reply result = sourceAgent.post("/agent/v1/results",
                    new CommandResult(id, relocate.id(), false, "the target did not answer", null, null));

            assertEquals(204, result.status(), result.body());
            MoveItemProgress item = item(move.moveId(), id);
            assertEquals(MoveItemProgress.ROLLED_BACK, item.state());
            assertTrue(item.reason().contains("the target did not answer"), item.reason());
            assertEquals("online", AgentCalls.status(sourceRoot, id));
            MoveReceipt late = arrive(agent, ticket.token(), sourceId).as(Arrived.class).receipt();
            assertRefused(depart(late), 409, "conflict");
            assertTrue(owns(sourceRoot, id), "a rolled back agent stays with its source");
        }

        @Test
        void anAgentThatKeepsHeartbeatingWithoutAReceiptIsRolledBack() throws Exception {
            Registration agent = registered(AgentCalls.newAgent("relocate-silent", "10.84.0.1", 100, false));
            UUID id = agent.agentId();
            MoveTicket ticket = ticket(List.of(id), inDays(1));
            MoveProgress move = startMove(request(List.of(id), ticket, MoveRequest.WAIT));
            relocateCommand(id);

            Await.until("the silent relocation to roll back", WAIT, () -> {
                heartbeatForRelocate(id, false);
                return item(move.moveId(), id);
            }, found -> MoveItemProgress.ROLLED_BACK.equals(found.state()));
            assertTrue(owns(sourceRoot, id));
        }

        @Test
        void cancellingStopsAgentsNotYetRelocatingAndLeavesTheRest() throws Exception {
            Registration queued = onlineAgent("cancel-queued", "10.85.0.1");
            Registration handedOut = onlineAgent("cancel-handed-out", "10.85.0.2");
            Registration waiting = offlineAgent("cancel-waiting", "10.85.0.3");
            List<UUID> ids = List.of(queued.agentId(), handedOut.agentId(), waiting.agentId());
            MoveTicket ticket = ticket(ids, inDays(1));
            MoveProgress move = startMove(request(ids, ticket, MoveRequest.WAIT));
            relocateCommand(handedOut.agentId());

            AdminSession.Reply cancelled = sourceRoot.post("/api/v1/moves/" + move.moveId() + "/cancel", null);

            assertEquals(200, cancelled.status(), cancelled.body());
            MoveProgress after = cancelled.as(MoveProgress.class);
            assertTrue(after.cancelled());
            Map<UUID, String> states = new java.util.HashMap<>();
            after.items().forEach(i -> states.put(i.agentId(), i.state()));
            assertEquals(MoveItemProgress.CANCELLED, states.get(queued.agentId()));
            assertEquals(MoveItemProgress.CANCELLED, states.get(waiting.agentId()));
            assertEquals(MoveItemProgress.MOVING, states.get(handedOut.agentId()), "a handed out relocation goes on");
            assertEquals("online", AgentCalls.status(sourceRoot, queued.agentId()));
            assertFalse(heartbeatForRelocate(queued.agentId(), false).isPresent());

            MoveReceipt receipt = arrive(handedOut, ticket.token(), sourceId).as(Arrived.class).receipt();
            assertEquals(200, depart(receipt).status());
            assertEquals(MoveItemProgress.ARRIVED, item(move.moveId(), handedOut.agentId()).state());
        }
    }
}
