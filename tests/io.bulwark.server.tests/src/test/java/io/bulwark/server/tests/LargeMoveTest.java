package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.bulwark.protocol.agent.Registration;
import io.bulwark.protocol.move.MoveProgress;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTicket;

/**
 * A move of {@value #AGENTS} agents in one request, on H2 and on PostgreSQL, as the move benchmark makes it: its answer
 * names every agent's progress, over a million characters, and is stored whole with the request's
 * {@code Idempotency-Key}, so that a repeat gets the same answer. Slow (scale): the agents register first.
 */
@Tag("slow")
class LargeMoveTest {

    static final int AGENTS = 10_000;

    private static final int REGISTERING_THREADS = 8;

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
        void aMoveOfTenThousandAgentsIsAnsweredAndItsRepeatGetsTheSameAnswer() throws Exception {
            List<UUID> agents = registerMany(AGENTS);
            MoveTicket ticket = ticket(agents, inDays(1));
            MoveRequest request = request(agents, ticket, MoveRequest.WAIT);
            String key = "move-" + request.moveId();

            AdminSession.Reply first = sourceRoot.post("/api/v1/moves", request, "Idempotency-Key", key);

            assertEquals(201, first.status(), () -> shortened(first.body()));
            assertTrue(first.body().length() > 1_000_000,
                    "the answer is over a million characters: " + first.body().length());
            assertEquals(AGENTS, first.as(MoveProgress.class).items().size());
            AdminSession.Reply repeat = sourceRoot.post("/api/v1/moves", request, "Idempotency-Key", key);
            assertEquals(201, repeat.status(), () -> shortened(repeat.body()));
            assertEquals(Optional.of("true"), repeat.header("Idempotent-Replayed"));
            assertEquals(first.body(), repeat.body(), "the repeat gets the stored answer, whole");
        }

        private List<UUID> registerMany(int count) throws Exception {
            List<Future<UUID>> registered = new ArrayList<>(count);
            try (ExecutorService threads = Executors.newFixedThreadPool(REGISTERING_THREADS)) {
                for (int i = 0; i < count; i++) {
                    String ip = "10.90." + (i >> 8) + "." + (i & 0xFF);
                    String hostName = String.format(Locale.ROOT, "large-move-%05d", Integer.valueOf(i));
                    registered.add(threads.submit(() -> {
                        // An interval of an hour keeps every agent online for the whole test.
                        Registration agent = AgentCalls.newAgent(hostName, ip, 3_600_000, false);
                        AdminSession.Reply reply = AgentCalls.register(sourceAgent, agent);
                        assertEquals(200, reply.status(), reply.body());
                        return agent.agentId();
                    }));
                }
                List<UUID> agents = new ArrayList<>(count);
                for (Future<UUID> agent : registered) {
                    agents.add(agent.get());
                }
                return agents;
            }
        }

        private static String shortened(String body) {
            return body.length() <= 2_000 ? body : body.substring(0, 2_000) + "…";
        }
    }
}
