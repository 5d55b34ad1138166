package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.bulwark.protocol.agent.AgentCommand;
import io.bulwark.protocol.agent.CommandResult;
import io.bulwark.protocol.agent.Registration;
import io.bulwark.protocol.move.Arrived;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.protocol.move.MoveProgress;
import io.bulwark.protocol.move.MoveReceipt;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTicket;

/**
 * A relocate command whose heartbeat reply was lost (the connection dropped, the agent or the source killed) is handed
 * out again, between two real servers on H2 and on PostgreSQL: a moving agent that heartbeats its source again without
 * a result and without a departure gets the same command, while the relocate timeout, measured from the first hand-out,
 * still rolls back an agent that never arrives.
 */
class MoveHandOutAgainTest {

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
        void anAgentThatLostItsRelocateGetsTheSameCommandAgainAndMoves() throws Exception {
            Registration agent = onlineAgent("lost-reply", "10.86.0.1");
            UUID id = agent.agentId();
            MoveTicket ticket = ticket(List.of(id), inDays(1));
            MoveProgress move = startMove(request(List.of(id), ticket, MoveRequest.WAIT));
            AgentCommand lost = relocateCommand(id);

            Optional<AgentCommand> again = heartbeatForRelocate(id, false);

            assertTrue(again.isPresent(), "the relocate command is handed out again");
            assertEquals(lost.id(), again.get().id(), "the same command");
            assertEquals(lost.relocate(), again.get().relocate(), "the same move, target and ticket");
            assertEquals(move.moveId(), again.get().relocate().moveId());
            assertEquals(MoveItemProgress.MOVING, item(move.moveId(), id).state());
            MoveReceipt receipt = arrive(agent, again.get().relocate().ticket(), sourceId).as(Arrived.class)
                    .receipt();
            assertEquals(200, depart(receipt).status());
            assertEquals(MoveItemProgress.ARRIVED, item(move.moveId(), id).state());
            assertFalse(owns(sourceRoot, id), "the source forgot the agent");
        }

        @Test
        void aRelocateWithAResultIsNotHandedOutAgain() throws Exception {
            Registration agent = onlineAgent("failed-once", "10.86.0.2");
            UUID id = agent.agentId();
            MoveTicket ticket = ticket(List.of(id), inDays(1));
            MoveProgress move = startMove(request(List.of(id), ticket, MoveRequest.WAIT));
            AgentCommand relocate = relocateCommand(id);
            AdminSession.Reply result = sourceAgent.post("/agent/v1/results",
                    new CommandResult(id, relocate.id(), false, "the target refused the ticket", null, null));
            assertEquals(204, result.status(), result.body());

            assertTrue(heartbeatForRelocate(id, false).isEmpty(), "a failed relocation is not repeated");
            assertEquals(MoveItemProgress.ROLLED_BACK, item(move.moveId(), id).state());
        }

        @Test
        void anAgentGivenItsRelocateAgainAndAgainIsStillRolledBackAfterTheTimeout() throws Exception {
            Registration agent = registered(AgentCalls.newAgent("never-arrives", "10.86.0.3", 100, false));
            UUID id = agent.agentId();
            MoveTicket ticket = ticket(List.of(id), inDays(1));
            MoveProgress move = startMove(request(List.of(id), ticket, MoveRequest.WAIT));
            long first = relocateCommand(id).id();
            int[] handedAgain = {0};

            Await.until("the relocation that never arrives to roll back", WAIT, () -> {
                Optional<AgentCommand> again = heartbeatForRelocate(id, false);
                if (again.isPresent()) {
                    assertEquals(first, again.get().id(), "only ever the same command");
                    handedAgain[0]++;
                }
                return item(move.moveId(), id);
            }, found -> MoveItemProgress.ROLLED_BACK.equals(found.state()));

            assertTrue(handedAgain[0] > 0, "it was handed out again while the timeout ran");
            assertTrue(heartbeatForRelocate(id, false).isEmpty(), "a rolled back agent gets it no more");
            assertEquals("online", AgentCalls.status(sourceRoot, id));
            assertTrue(owns(sourceRoot, id));
        }
    }
}
