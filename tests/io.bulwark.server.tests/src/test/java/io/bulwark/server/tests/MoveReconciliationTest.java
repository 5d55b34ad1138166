package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.bulwark.protocol.agent.Registration;
import io.bulwark.protocol.move.ArrivalCheck;
import io.bulwark.protocol.move.ArrivalFinding;
import io.bulwark.protocol.move.ArrivalFindings;
import io.bulwark.protocol.move.Arrived;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.protocol.move.MoveProgress;
import io.bulwark.protocol.move.MoveReceipt;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTarget;
import io.bulwark.protocol.move.MoveTicket;
import io.bulwark.protocol.move.TicketAgent;

/**
 * Reconciliation between two real servers, on H2 and on PostgreSQL, the test playing the agents: a relocating agent
 * that registers at the target but never hands its receipt to the source, nor heartbeats the source again, departs the
 * source on the receipt the source fetches from the target, long before the deadline; an agent the target does not know
 * stays moving until its relocate timeout and is then released at the target and rolled back, and the target refuses it
 * afterwards; while the target cannot be reached nothing is rolled back or recorded. The source reaches the target
 * through a {@link TcpRelay}, so the target can be made unreachable for the source alone. Agents heartbeat every 300
 * ms, so an agent is quiet after about a second and times out after three.
 */
class MoveReconciliationTest {

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

        private static final int INTERVAL_MILLIS = 300;
        private static final Duration TIMEOUT = Duration.ofMillis(10L * INTERVAL_MILLIS);

        private TcpRelay relay;

        Contract(Storage storage) {
            super(storage);
        }

        @BeforeAll
        void startRelay() throws Exception {
            relay = new TcpRelay(target.uri().getPort());
        }

        @AfterAll
        void stopRelay() throws Exception {
            Fixtures.closeAll(relay);
        }

        private Registration relocatingAgent(String hostName, String ip) throws Exception {
            return registered(AgentCalls.newAgent(hostName, ip, INTERVAL_MILLIS, false));
        }

        /** A move whose target the source reaches through the relay; agents reach the target directly. */
        private MoveRequest relayedRequest(List<UUID> agentIds, MoveTicket ticket) {
            MoveTarget direct = moveTarget();
            MoveTarget relayed = new MoveTarget(direct.serverId(), "127.0.0.1", relay.port(), direct.fingerprint());
            return new MoveRequest(UUID.randomUUID(), agentIds, relayed, ticket.token(), ticket.sourceToken(),
                    ticket.deadline(),
                    MoveRequest.WAIT, false);
        }

        @Test
        void anAgentThatArrivedButNeverHandedInItsReceiptDepartsThroughReconciliation() throws Exception {
            Registration agent = relocatingAgent("reconciled", "10.90.0.1");
            UUID id = agent.agentId();
            MoveTicket ticket = ticket(List.of(id), inDays(14));
            MoveProgress move = startMove(relayedRequest(List.of(id), ticket));
            relocateCommand(id);
            Arrived arrived = arrive(agent, ticket.token(), sourceId).as(Arrived.class);
            assertEquals(200, AgentCalls.heartbeat(targetAgent, id, false).status(), "it lives on the target now");
            assertTrue(owns(targetRoot, id), "the target lists it");
            Instant quietSince = Instant.now();

            awaitItem(move.moveId(), id, MoveItemProgress.ARRIVED);

            assertTrue(relay.relayedSince(quietSince) > 0, "the source asked the target");
            assertTrue(Instant.now().isBefore(ticket.deadline().minus(Duration.ofDays(13))),
                    "long before the deadline");
            assertFalse(owns(sourceRoot, id), "the source forgot the agent");
            assertTrue(owns(targetRoot, id), "the target owns it");
            MoveProgress progress = progress(move.moveId());
            assertTrue(progress.finished(), "the move is finished");
            assertEquals(MoveItemProgress.ARRIVED, progress.items().get(0).state());
            assertEquals(200, depart(arrived.receipt()).status(), "the receipt handed in late is still taken");
            assertEquals(404, AgentCalls.heartbeat(sourceAgent, id, false).status());
            List<String> audit = sourceRoot.get("/api/v1/audit?limit=20").body().lines().toList();
            assertTrue(audit.toString().contains("agent.depart"), "recorded like any departure: " + audit);
        }

        @Test
        void anAgentTheTargetDoesNotKnowIsRolledBackOnTimeAndRefusedByTheTargetAfterwards() throws Exception {
            Registration agent = relocatingAgent("not-arrived", "10.90.0.2");
            UUID id = agent.agentId();
            MoveTicket ticket = ticket(List.of(id), inDays(14));
            MoveProgress move = startMove(relayedRequest(List.of(id), ticket));
            relocateCommand(id);
            Instant quietSince = Instant.now();

            Await.until("the source to ask the target about the quiet agent", WAIT,
                    () -> Long.valueOf(relay.relayedSince(quietSince)), asked -> asked.longValue() > 0);
            assertEquals(MoveItemProgress.MOVING, item(move.moveId(), id).state(),
                    "a target that does not know the agent yet rolls nothing back: it may be on its way");
            assertEquals(TicketAgent.EXPECTED, ticketState(ticket.ticketId(), id), "asking released nothing");

            Await.until("the agent heartbeating without a receipt to roll back", WAIT, () -> {
                AgentCalls.heartbeat(sourceAgent, id, false);
                return item(move.moveId(), id);
            }, found -> MoveItemProgress.ROLLED_BACK.equals(found.state()));

            assertEquals(TicketAgent.LAPSED, ticketState(ticket.ticketId(), id), "the target released it");
            assertRefused(arrive(agent, ticket.token(), sourceId), 403, "ticket_refused");
            assertTrue(owns(sourceRoot, id), "the agent stays with its source");
            assertFalse(owns(targetRoot, id), "and only there");
            assertEquals(404, AgentCalls.heartbeat(targetAgent, id, false).status(),
                    "the target does not take its heartbeat either");
        }

        @Test
        void whileTheTargetCannotBeReachedNothingIsRolledBackOrRecorded() throws Exception {
            Registration arrivedThere = relocatingAgent("arrived-while-down", "10.90.0.3");
            Registration lingering = relocatingAgent("lingering-while-down", "10.90.0.4");
            List<UUID> ids = List.of(arrivedThere.agentId(), lingering.agentId());
            MoveTicket ticket = ticket(ids, inDays(14));
            MoveProgress move = startMove(relayedRequest(ids, ticket));
            relocateCommand(arrivedThere.agentId());
            relocateCommand(lingering.agentId());
            Instant timedOutAt = Instant.now().plus(TIMEOUT);
            relay.refuse();
            try {
                assertEquals(200, arrive(arrivedThere, ticket.token(), sourceId).status());
                assertEquals(200, AgentCalls.heartbeat(targetAgent, arrivedThere.agentId(), false).status());

                Await.until("the source to try the unreachable target several times after the lingering agent's"
                        + " relocate timeout", WAIT, () -> {
                            AgentCalls.heartbeat(sourceAgent, lingering.agentId(), false);
                            return Long.valueOf(relay.refusedSince(timedOutAt.plusMillis(500)));
                        }, tries -> tries.longValue() >= 3);

                MoveProgress meanwhile = progress(move.moveId());
                meanwhile.items().forEach(item -> assertEquals(MoveItemProgress.MOVING, item.state(),
                        "nothing decided for " + item.agentId() + " while the target is unreachable"));
                assertTrue(owns(sourceRoot, arrivedThere.agentId()), "no departure recorded");
                assertTrue(owns(sourceRoot, lingering.agentId()), "no rollback either");
                assertEquals(TicketAgent.EXPECTED, ticketState(ticket.ticketId(), lingering.agentId()));
            } finally {
                relay.relay();
            }

            awaitItem(move.moveId(), arrivedThere.agentId(), MoveItemProgress.ARRIVED);
            Await.until("the lingering agent to roll back once the target released it", WAIT, () -> {
                AgentCalls.heartbeat(sourceAgent, lingering.agentId(), false);
                return item(move.moveId(), lingering.agentId());
            }, found -> MoveItemProgress.ROLLED_BACK.equals(found.state()));
            assertFalse(owns(sourceRoot, arrivedThere.agentId()));
            assertTrue(owns(targetRoot, arrivedThere.agentId()), "the arrived agent is on the target alone");
            assertTrue(owns(sourceRoot, lingering.agentId()));
            assertFalse(owns(targetRoot, lingering.agentId()), "the lingering agent is on the source alone");
            assertRefused(arrive(lingering, ticket.token(), sourceId), 403, "ticket_refused");
        }

        @Test
        void anAgentOnTheTargetWhenTheDeadlinePassesUnreachableIsNeverRolledBackAndDepartsOnceItIsReached()
                throws Exception {
            Registration agent = relocatingAgent("arrived-at-deadline", "10.90.0.5");
            UUID id = agent.agentId();
            MoveTicket ticket = ticket(List.of(id), inMillis(3_000));
            MoveProgress move = startMove(relayedRequest(List.of(id), ticket));
            relocateCommand(id);
            relay.refuse();
            try {
                assertEquals(200, arrive(agent, ticket.token(), sourceId).status());
                assertEquals(200, AgentCalls.heartbeat(targetAgent, id, false).status(), "it lives on the target");

                Await.until("the source to try the unreachable target several times after the deadline", WAIT,
                        () -> Long.valueOf(relay.refusedSince(ticket.deadline().plusMillis(500))),
                        tries -> tries.longValue() >= 3);

                assertEquals(MoveItemProgress.MOVING, item(move.moveId(), id).state(),
                        "past the deadline an agent handed its relocate is not rolled back on the target's silence");
                assertTrue(owns(sourceRoot, id), "the source still lists it, as moving");
            } finally {
                relay.relay();
            }

            awaitItem(move.moveId(), id, MoveItemProgress.ARRIVED);
            assertFalse(owns(sourceRoot, id), "the source recorded the departure from the target's receipt");
            assertTrue(owns(targetRoot, id), "the agent is on the target alone");
            assertTrue(progress(move.moveId()).finished());
        }

        @Test
        void arrivalChecksAreRefusedWithoutTheSourceTokenAndChangeNothing() throws Exception {
            Registration agent = relocatingAgent("checked", "10.90.0.5");
            UUID id = agent.agentId();
            MoveTicket ticket = ticket(List.of(id), inDays(14));
            String path = "/api/v1/move-tickets/" + ticket.ticketId() + "/arrival-checks";
            String forged = ticket.ticketId() + ".AAAA";

            assertRefused(checked(targetAgent.post(path, new ArrivalCheck(sourceId, forged, List.of(id), true))),
                    403, "ticket_refused");
            assertRefused(
                    checked(targetAgent.post(path, new ArrivalCheck(sourceId, ticket.token(), List.of(id), true))),
                    403, "ticket_refused"); // the token every agent of the move holds proves nothing here
            assertRefused(checked(targetAgent.post(path,
                    new ArrivalCheck(UUID.randomUUID(), ticket.sourceToken(), List.of(id), true))), 403,
                    "ticket_refused");
            assertInvalid(
                    checked(targetAgent.post(path, new ArrivalCheck(sourceId, ticket.sourceToken(), List.of(), true))),
                    "agentIds");
            assertInvalid(checked(targetAgent.post(path,
                    new ArrivalCheck(sourceId, ticket.sourceToken(), List.of(id, id), true))), "agentIds[1]");
            assertEquals(TicketAgent.EXPECTED, ticketState(ticket.ticketId(), id), "nothing was released");

            UUID stranger = UUID.randomUUID();
            AdminSession.Reply asked = checked(
                    targetAgent.post(path,
                            new ArrivalCheck(sourceId, ticket.sourceToken(), List.of(id, stranger), false)));
            assertEquals(200, asked.status(), asked.body());
            List<ArrivalFinding> findings = asked.as(ArrivalFindings.class).agents();
            assertEquals(TicketAgent.EXPECTED, findings.get(0).state());
            assertEquals(ArrivalFinding.NOT_NAMED, findings.get(1).state());

            MoveReceipt receipt = arrive(agent, ticket.token(), sourceId).as(Arrived.class).receipt();
            AdminSession.Reply released = checked(
                    targetAgent.post(path, new ArrivalCheck(sourceId, ticket.sourceToken(), List.of(id), true)));
            ArrivalFinding registered = released.as(ArrivalFindings.class).agents().get(0);
            assertEquals(TicketAgent.PROVISIONAL, registered.state(), "a registered agent is not released");
            assertNotNull(registered.receipt());
            assertSameReceipt(receipt, registered.receipt(), "the check answers the receipt the agent got");
        }
    }
}
