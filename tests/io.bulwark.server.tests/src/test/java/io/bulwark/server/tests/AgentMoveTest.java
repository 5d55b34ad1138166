package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.admin.DomainRequest;
import io.bulwark.protocol.agent.AgentCommand;
import io.bulwark.protocol.agent.Registration;
import io.bulwark.protocol.move.Arrived;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.protocol.move.MoveList;
import io.bulwark.protocol.move.MoveProgress;
import io.bulwark.protocol.move.BatchProof;
import io.bulwark.protocol.move.MoveReceipt;
import io.bulwark.protocol.move.MoveReceipts;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTarget;
import io.bulwark.protocol.move.MoveTicket;
import io.bulwark.protocol.move.MoveTicketRequest;
import io.bulwark.protocol.move.MoveTicketStatus;
import io.bulwark.protocol.move.TicketAgent;
import io.bulwark.protocol.move.TicketPlacement;
import io.bulwark.protocol.move.TicketPlacements;

/**
 * Moving agents between two real servers, on H2 and on PostgreSQL, the test playing the agents: tickets and arrivals on
 * the target, moves, relocations and departures on the source, refusals of forged tickets and receipts, and what rolls
 * an agent back. Every test makes its own agents, so the tests share the servers.
 */
class AgentMoveTest {

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
        void movesAnOnlineAgentSoThatExactlyOneServerOwnsIt() throws Exception {
            Registration agent = onlineAgent("move-happy", "10.70.0.1");
            UUID id = agent.agentId();
            long targetCount = targetRoot.get("/api/v1/server").as(ServerInfo.class).agentCount().longValue();
            MoveTicket ticket = ticket(List.of(id), inDays(14));
            assertNotNull(ticket.token());
            assertEquals(targetId, ticket.targetServerId());

            MoveRequest request = request(List.of(id), ticket, MoveRequest.WAIT);
            MoveProgress started = startMove(request);
            assertEquals(MoveItemProgress.MOVING, started.items().get(0).state());
            assertEquals("moving", AgentCalls.status(sourceRoot, id), "a moving agent shows as moving");

            AgentCommand relocate = relocateCommand(id);
            assertEquals(request.moveId(), relocate.relocate().moveId());
            assertEquals(moveTarget(), relocate.relocate().target());
            assertEquals(ticket.token(), relocate.relocate().ticket());

            AdminSession.Reply arrived = arrive(agent, relocate.relocate().ticket(), sourceId);
            assertEquals(200, arrived.status(), arrived.body());
            Arrived answer = arrived.as(Arrived.class);
            MoveReceipt receipt = answer.receipt();
            assertEquals(targetId, answer.registered().serverId());
            assertEquals(TicketAgent.PROVISIONAL, ticketState(ticket.ticketId(), id));
            assertFalse(owns(targetRoot, id), "a provisional agent is not yet listed on the target");
            assertEquals(targetCount,
                    targetRoot.get("/api/v1/server").as(ServerInfo.class).agentCount().longValue(),
                    "nor counted");
            AdminSession.Reply again = arrive(agent, ticket.token(), sourceId);
            assertSameReceipt(receipt, again.as(Arrived.class).receipt(), "a repeated arrival gets the same receipt");

            AdminSession.Reply departed = depart(receipt);
            assertEquals(200, departed.status(), departed.body());
            assertFalse(owns(sourceRoot, id), "the source forgot the agent");
            assertEquals(MoveItemProgress.ARRIVED, item(request.moveId(), id).state());
            assertEquals(200, depart(receipt).status(), "a repeated departure is harmless");

            assertEquals(200, AgentCalls.heartbeat(targetAgent, id, false).status());
            assertEquals(TicketAgent.ARRIVED, ticketState(ticket.ticketId(), id));
            assertTrue(owns(targetRoot, id), "the target owns the agent after its first heartbeat there");
            assertFalse(owns(sourceRoot, id), "and the source does not");
            assertEquals(404, AgentCalls.heartbeat(sourceAgent, id, false).status());

            AdminSession.Reply repeated = sourceRoot.post("/api/v1/moves", request);
            assertEquals(200, repeated.status(), "repeating the move answers its progress: " + repeated.body());
            assertTrue(repeated.as(MoveProgress.class).finished());
            MoveList moves = sourceRoot.get("/api/v1/moves").as(MoveList.class);
            assertTrue(moves.moves().stream().anyMatch(m -> m.moveId().equals(request.moveId())));
        }

        @Test
        void revokingTheTicketKeepsAnAgentTheSourceLetGoAndStopsTheOthers() throws Exception {
            Registration gone = onlineAgent("revoke-gone", "10.70.0.2");
            Registration staying = onlineAgent("revoke-staying", "10.70.0.3");
            UUID id = gone.agentId();
            MoveTicket ticket = ticket(List.of(id, staying.agentId()), inDays(14));
            MoveRequest request = request(List.of(id, staying.agentId()), ticket, MoveRequest.WAIT);
            startMove(request);
            AgentCommand relocate = relocateCommand(id);
            MoveReceipt receipt = arrive(gone, relocate.relocate().ticket(), sourceId).as(Arrived.class).receipt();
            assertEquals(200, depart(receipt).status());
            assertFalse(owns(sourceRoot, id), "the source forgot the agent on its receipt");

            AdminSession.Reply revoking = targetRoot.send("DELETE", "/api/v1/move-tickets/" + ticket.ticketId(),
                    null);

            assertEquals(200, revoking.status(), revoking.body());
            assertEquals(TicketAgent.PROVISIONAL, ticketState(ticket.ticketId(), id), "its record stays");
            assertEquals(TicketAgent.LAPSED, ticketState(ticket.ticketId(), staying.agentId()));
            assertRefused(arrive(staying, ticket.token(), sourceId), 403, "ticket_refused");
            assertEquals(200, AgentCalls.heartbeat(targetAgent, id, false).status(),
                    "the agent the source let go becomes the target's on its first heartbeat there");
            assertTrue(owns(targetRoot, id));
            assertEquals(TicketAgent.ARRIVED, ticketState(ticket.ticketId(), id));
        }

        @Test
        void twoMovesStartedAtOnceNeverBothTakeAnAgent() throws Exception {
            List<UUID> agents = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                agents.add(onlineAgent("both-moves-" + i, "10.70.1." + (i + 1)).agentId());
            }
            List<MoveRequest> requests = List.of(request(agents, ticket(agents, inDays(1)), MoveRequest.WAIT),
                    request(agents.reversed(), ticket(agents, inDays(1)), MoveRequest.WAIT));
            CyclicBarrier together = new CyclicBarrier(requests.size());
            ExecutorService threads = Executors.newFixedThreadPool(requests.size());
            List<Integer> statuses = new ArrayList<>();
            try {
                List<Future<AdminSession.Reply>> replies = new ArrayList<>();
                for (MoveRequest request : requests) {
                    replies.add(threads.submit(() -> {
                        together.await();
                        return sourceRoot.post("/api/v1/moves", request);
                    }));
                }
                for (Future<AdminSession.Reply> reply : replies) {
                    statuses.add(Integer.valueOf(reply.get().status()));
                }
            } finally {
                threads.shutdownNow();
            }

            assertEquals(List.of(201, 409), statuses.stream().sorted().toList(), "one move takes the agents");
            int stored = 0;
            for (MoveRequest request : requests) {
                stored += sourceRoot.get("/api/v1/moves/" + request.moveId()).status() == 200 ? 1 : 0;
            }
            assertEquals(1, stored, "and only it was stored");
        }

        @Test
        void ticketRequestsAreCheckedFieldByFieldAndRepeatsGetTheSameTicket() throws Exception {
            UUID agent = UUID.randomUUID();
            Map<String, MoveTicketRequest> bad = Map.of("sourceServerId",
                    new MoveTicketRequest(targetId, List.of(agent), null, inDays(1)), "agentIds",
                    new MoveTicketRequest(sourceId, List.of(), null, inDays(1)), "agentIds[1]",
                    new MoveTicketRequest(sourceId, List.of(agent, agent), null, inDays(1)), "domainId",
                    new MoveTicketRequest(sourceId, List.of(agent), Long.valueOf(987_654), inDays(1)), "deadline",
                    new MoveTicketRequest(sourceId, List.of(agent), null, inMillis(-1_000)));
            for (Map.Entry<String, MoveTicketRequest> entry : bad.entrySet()) {
                assertInvalid(targetRoot.post("/api/v1/move-tickets", entry.getValue()), entry.getKey());
            }
            assertInvalid(targetRoot.post("/api/v1/move-tickets",
                    new MoveTicketRequest(sourceId, List.of(agent), null, inDays(91))), "deadline");

            MoveTicketRequest request = new MoveTicketRequest(sourceId, List.of(agent), null, inDays(3));
            String key = "ticket-" + UUID.randomUUID();
            MoveTicket first = targetRoot.post("/api/v1/move-tickets", request, "Idempotency-Key", key)
                    .as(MoveTicket.class);
            AdminSession.Reply repeat = targetRoot.post("/api/v1/move-tickets", request, "Idempotency-Key", key);
            assertEquals(201, repeat.status(), repeat.body());
            assertEquals(first, repeat.as(MoveTicket.class), "a repeated request gets the same ticket and token");
            assertRefused(targetRoot.post("/api/v1/move-tickets",
                    new MoveTicketRequest(sourceId, List.of(agent), null, inDays(4)), "Idempotency-Key", key), 422,
                    "idempotency_key_reused");
            MoveTicketStatus status = ticketStatus(first.ticketId());
            assertEquals(Integer.valueOf(1), status.counts().get(TicketAgent.EXPECTED));
            assertEquals(404, targetRoot.get("/api/v1/move-tickets/" + UUID.randomUUID()).status());
        }

        @Test
        void arrivalsWithoutAValidTicketAreRefused() throws Exception {
            Registration agent = AgentCalls.newAgent("arrive-refused", "10.71.0.1", 60_000, false);
            Registration other = AgentCalls.newAgent("arrive-other", "10.71.0.2", 60_000, false);
            MoveTicket ticket = ticket(List.of(agent.agentId()), inDays(1));
            String forged = ticket.ticketId() + ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

            assertRefused(arrive(agent, forged, sourceId), 403, "ticket_refused");
            assertRefused(arrive(agent, "not-a-ticket", sourceId), 403, "ticket_refused");
            assertRefused(arrive(other, ticket.token(), sourceId), 403, "ticket_refused");
            assertRefused(arrive(agent, ticket.token(), targetId), 403, "ticket_refused");

            MoveTicket revoked = ticket(List.of(agent.agentId()), inDays(1));
            AdminSession.Reply revoking = targetRoot.send("DELETE", "/api/v1/move-tickets/" + revoked.ticketId(),
                    null);
            assertEquals(200, revoking.status(), revoking.body());
            assertTrue(revoking.as(MoveTicketStatus.class).revoked());
            assertRefused(arrive(agent, revoked.token(), sourceId), 403, "ticket_refused");

            MoveTicket lapsing = ticket(List.of(agent.agentId()), inMillis(1_500));
            Await.until("the ticket to lapse", WAIT, () -> arrive(agent, lapsing.token(), sourceId).status(),
                    status -> status == 403);
            Await.until("the ticket's agent to lapse", WAIT, () -> ticketState(lapsing.ticketId(), agent.agentId()),
                    TicketAgent.LAPSED::equals);
            assertFalse(owns(targetRoot, agent.agentId()));
        }

        @Test
        void placedAgentsJoinTheDomainOfTheirPlacementAndOthersTheTicketsDomain() throws Exception {
            Registration placed = AgentCalls.newAgent("placed-in-lab", "10.71.2.1", 60_000, false);
            Registration unplaced = AgentCalls.newAgent("placed-nowhere", "10.71.2.2", 60_000, false);
            Registration stranger = AgentCalls.newAgent("placed-stranger", "10.71.2.3", 60_000, false);
            Domain lab = targetRoot.post("/api/v1/domains", new DomainRequest("Placed-Lab-" + UUID.randomUUID(), null,
                    null)).as(Domain.class);
            MoveTicket ticket = ticket(List.of(placed.agentId(), unplaced.agentId()), inDays(1));
            String path = "/api/v1/move-tickets/" + ticket.ticketId() + "/placements";
            TicketPlacements intoLab = new TicketPlacements(
                    List.of(new TicketPlacement(lab.id(), List.of(placed.agentId()))));

            assertInvalid(checked(targetRoot.send("PUT", path, new TicketPlacements(List.of()))), "placements");
            assertInvalid(checked(targetRoot.send("PUT", path, new TicketPlacements(
                    List.of(new TicketPlacement(987_654L, List.of(placed.agentId())))))), "placements[0].domainId");
            assertInvalid(checked(targetRoot.send("PUT", path, new TicketPlacements(
                    List.of(new TicketPlacement(lab.id(), List.of(stranger.agentId())))))),
                    "placements[0].agentIds[0]");
            assertInvalid(checked(targetRoot.send("PUT", path,
                    new TicketPlacements(List.of(new TicketPlacement(lab.id(), List.of(placed.agentId())),
                            new TicketPlacement(null, List.of(placed.agentId())))))),
                    "placements[1].agentIds");
            assertRefused(checked(targetRoot.send("PUT", "/api/v1/move-tickets/" + UUID.randomUUID() + "/placements",
                    intoLab)), 404, "not_found");

            AdminSession.Reply placing = checked(targetRoot.send("PUT", path, intoLab));
            assertEquals(200, placing.status(), placing.body());
            assertEquals(2, placing.as(MoveTicketStatus.class).agents().size());
            assertEquals(200, checked(targetRoot.send("PUT", path, intoLab)).status(), "placing again is harmless");

            for (Registration agent : List.of(placed, unplaced)) {
                AdminSession.Reply arrived = arrive(agent, ticket.token(), sourceId);
                assertEquals(200, arrived.status(), arrived.body());
                assertEquals(200, AgentCalls.heartbeat(targetAgent, agent.agentId(), false).status());
            }
            assertEquals(Long.valueOf(lab.id()), domainOn(targetRoot, placed.agentId()),
                    "the placed agent joins its domain");
            assertNull(domainOn(targetRoot, unplaced.agentId()), "the other joins the ticket's domain, the root");

            assertEquals(200, checked(targetRoot.send("PUT", path, intoLab)).status(),
                    "repeating the same placement after arrival is harmless");
            assertRefused(checked(targetRoot.send("PUT", path, new TicketPlacements(
                    List.of(new TicketPlacement(lab.id(), List.of(unplaced.agentId())))))), 409, "conflict");
            assertNull(domainOn(targetRoot, unplaced.agentId()), "an arrived agent stays where it is");
        }

        private Long domainOn(AdminSession root, UUID agentId) throws Exception {
            return AgentCalls.detail(root, agentId).agent().domainId();
        }

        @Test
        void aProvisionalAgentOfARevokedTicketLapsesAfterTheDeadline() throws Exception {
            Registration agent = AgentCalls.newAgent("provisional-lapse", "10.71.1.1", 60_000, false);
            MoveTicket ticket = ticket(List.of(agent.agentId()), inMillis(4_000));
            assertEquals(200, arrive(agent, ticket.token(), sourceId).status());
            assertEquals(TicketAgent.PROVISIONAL, ticketState(ticket.ticketId(), agent.agentId()));

            targetRoot.send("DELETE", "/api/v1/move-tickets/" + ticket.ticketId(), null);

            assertEquals(TicketAgent.PROVISIONAL, ticketState(ticket.ticketId(), agent.agentId()),
                    "its agent holds a receipt its source may have accepted");
            Await.until("the provisional record to lapse after the deadline", WAIT,
                    () -> ticketState(ticket.ticketId(), agent.agentId()), TicketAgent.LAPSED::equals);
            assertRefused(AgentCalls.heartbeat(targetAgent, agent.agentId(), false), 404, "unknown_agent");
            assertFalse(owns(targetRoot, agent.agentId()));
        }

        @Test
        void anAgentsRecordInAnOldTicketLapsingLeavesItsRecordInANewerOne() throws Exception {
            Registration agent = AgentCalls.newAgent("provisional-twice", "10.71.2.1", 60_000, false);
            MoveTicket old = ticket(List.of(agent.agentId()), inMillis(4_000));
            assertEquals(200, arrive(agent, old.token(), sourceId).status());
            MoveTicket current = ticket(List.of(agent.agentId()), inDays(1));
            assertEquals(200, arrive(agent, current.token(), sourceId).status());

            Await.until("the old ticket's record to lapse after its deadline", WAIT,
                    () -> ticketState(old.ticketId(), agent.agentId()), TicketAgent.LAPSED::equals);

            assertEquals(TicketAgent.PROVISIONAL, ticketState(current.ticketId(), agent.agentId()));
            assertEquals(200, AgentCalls.heartbeat(targetAgent, agent.agentId(), false).status(),
                    "its record in the newer ticket admits it");
            assertTrue(owns(targetRoot, agent.agentId()));
            assertEquals(TicketAgent.ARRIVED, ticketState(current.ticketId(), agent.agentId()));
        }

        @Test
        void forgedReceiptsAreRefusedAndTheAgentStays() throws Exception {
            Registration agent = onlineAgent("receipt-forged", "10.72.0.1");
            UUID id = agent.agentId();
            MoveTicket ticket = ticket(List.of(id), inDays(1));
            MoveRequest request = request(List.of(id), ticket, MoveRequest.WAIT);
            startMove(request);
            relocateCommand(id);
            MoveReceipt receipt = arrive(agent, ticket.token(), sourceId).as(Arrived.class).receipt();

            var keys = KeyPairGenerator.getInstance("EC");
            keys.initialize(new ECGenParameterSpec("secp256r1"));
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.generateKeyPair().getPrivate());
            signer.update(MoveReceipts.signedMessage(receipt));
            MoveReceipt otherKey = new MoveReceipt(id, sourceId, targetId, receipt.ticketId(), receipt.issuedAt(),
                    receipt.certificate(), Base64.getEncoder().encodeToString(signer.sign()), receipt.proof());
            MoveReceipt altered = new MoveReceipt(id, sourceId, targetId, UUID.randomUUID(), receipt.issuedAt(),
                    receipt.certificate(), receipt.signature(), receipt.proof());
            String madeUp = Base64.getEncoder().encodeToString(new byte[32]);
            MoveReceipt otherIndex = new MoveReceipt(id, sourceId, targetId, receipt.ticketId(), receipt.issuedAt(),
                    receipt.certificate(), receipt.signature(), new BatchProof(1, 2, List.of(madeUp)));
            MoveReceipt longerPath = new MoveReceipt(id, sourceId, targetId, receipt.ticketId(), receipt.issuedAt(),
                    receipt.certificate(), receipt.signature(),
                    new BatchProof(receipt.proof().index(), receipt.proof().size(),
                            Stream.concat(receipt.proof().path().stream(), Stream.of(madeUp)).toList()));
            MoveReceipt noProof = new MoveReceipt(id, sourceId, targetId, receipt.ticketId(), receipt.issuedAt(),
                    receipt.certificate(), receipt.signature(), null);
            for (MoveReceipt forged : List.of(otherKey, altered, otherIndex, longerPath, noProof)) {
                assertRefused(depart(forged), 403, "receipt_refused");
            }
            assertTrue(owns(sourceRoot, id), "a refused receipt leaves the agent on the source");
            assertEquals(MoveItemProgress.MOVING, item(request.moveId(), id).state());

            Registration second = onlineAgent("receipt-other-cert", "10.72.0.2");
            MoveTicket secondTicket = ticket(List.of(second.agentId()), inDays(1));
            MoveTarget elsewhere = new MoveTarget(targetId, "127.0.0.1", target.uri().getPort(), source.fingerprint());
            startMove(new MoveRequest(UUID.randomUUID(), List.of(second.agentId()), elsewhere, secondTicket.token(),
                    secondTicket.sourceToken(),
                    secondTicket.deadline(), MoveRequest.WAIT, false));
            MoveReceipt fromTarget = arrive(second, secondTicket.token(), sourceId).as(Arrived.class).receipt();
            assertRefused(depart(fromTarget), 403, "receipt_refused");
            assertTrue(owns(sourceRoot, second.agentId()),
                    "a receipt with another certificate than the move's target leaves the agent on the source");
        }

        @Test
        void moveRequestsAreCheckedAndAnAgentMovesInOneMoveAtATime() throws Exception {
            Registration agent = onlineAgent("move-checked", "10.73.0.1");
            UUID id = agent.agentId();
            MoveTicket ticket = ticket(List.of(id), inDays(2));
            MoveRequest good = request(List.of(id), ticket, MoveRequest.SKIP);
            MoveTarget target = good.target();
            Map<String, MoveRequest> bad = Map.of("agentIds[0]",
                    new MoveRequest(UUID.randomUUID(), List.of(UUID.randomUUID()), target, ticket.token(),
                            ticket.sourceToken(),
                            ticket.deadline(), MoveRequest.SKIP, false),
                    "target.fingerprint",
                    new MoveRequest(UUID.randomUUID(), List.of(id),
                            new MoveTarget(targetId, "127.0.0.1", 443, "not-a-fingerprint"), ticket.token(),
                            ticket.sourceToken(),
                            ticket.deadline(), MoveRequest.SKIP, false),
                    "target.port",
                    new MoveRequest(UUID.randomUUID(), List.of(id),
                            new MoveTarget(targetId, "127.0.0.1", 0, target.fingerprint()), ticket.token(),
                            ticket.sourceToken(),
                            ticket.deadline(), MoveRequest.SKIP, false),
                    "ticket",
                    new MoveRequest(UUID.randomUUID(), List.of(id), target, null, ticket.sourceToken(),
                            ticket.deadline(),
                            MoveRequest.SKIP, false),
                    "sourceToken",
                    new MoveRequest(UUID.randomUUID(), List.of(id), target, ticket.token(), null, ticket.deadline(),
                            MoveRequest.SKIP, false),
                    "deadline",
                    new MoveRequest(UUID.randomUUID(), List.of(id), target, ticket.token(), ticket.sourceToken(),
                            inMillis(-5_000),
                            MoveRequest.SKIP, false),
                    "offlineAgents",
                    new MoveRequest(UUID.randomUUID(), List.of(id), target, ticket.token(), ticket.sourceToken(),
                            ticket.deadline(),
                            "later", false),
                    "moveId",
                    new MoveRequest(null, List.of(id), target, ticket.token(), ticket.sourceToken(), ticket.deadline(),
                            MoveRequest.SKIP, false));
            for (Map.Entry<String, MoveRequest> entry : bad.entrySet()) {
                assertInvalid(sourceRoot.post("/api/v1/moves", entry.getValue()), entry.getKey());
            }
            assertEquals(MoveItemProgress.MOVING, startMove(good).items().get(0).state());

            assertEquals(200, sourceRoot.post("/api/v1/moves", good).status(), "the same request again is harmless");
            MoveRequest changed = new MoveRequest(good.moveId(), good.agentIds(), good.target(), good.ticket(),
                    good.sourceToken(),
                    good.deadline(), MoveRequest.WAIT, false);
            assertRefused(sourceRoot.post("/api/v1/moves", changed), 409, "conflict");
            AdminSession.Reply second = sourceRoot.post("/api/v1/moves",
                    request(List.of(id), ticket, MoveRequest.SKIP));
            assertRefused(second, 409, "conflict");
            assertTrue(second.error().message().contains(id.toString()), second.body());
            assertEquals(404, sourceRoot.get("/api/v1/moves/" + UUID.randomUUID()).status());
        }
    }
}
