package io.bulwark.fleet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

/**
 * The fleet's gate on requests in flight: at most its limit at once, the rest in the order they came, except that the
 * steps of a relocation go ahead of routine requests.
 */
class RequestGateTest {

    @Test
    void relocationStepsGoAheadOfRoutineRequestsAndTheRestKeepTheirOrder() {
        RequestGate gate = new RequestGate(1);
        List<String> started = new CopyOnWriteArrayList<>();
        CompletableFuture<String> first = new CompletableFuture<>();
        gate.submit(() -> {
            started.add("running");
            return first;
        });
        CompletableFuture<String> heartbeat1 = gate.submit(() -> started("heartbeat-1", started));
        CompletableFuture<String> heartbeat2 = gate.submit(() -> started("heartbeat-2", started));
        CompletableFuture<String> departure = gate.submit(() -> started("departure", started), true);
        CompletableFuture<String> arrival = gate.submit(() -> started("arrival", started), true);

        assertEquals(List.of("running"), started, "one request in flight, the others wait");
        assertEquals(4, gate.queued());
        assertFalse(departure.isDone());

        first.complete("done");

        assertEquals(List.of("running", "departure", "arrival", "heartbeat-1", "heartbeat-2"), started);
        assertTrue(heartbeat1.isDone() && heartbeat2.isDone() && departure.isDone() && arrival.isDone());
        assertEquals(0, gate.queued());
    }

    private static CompletableFuture<String> started(String name, List<String> started) {
        started.add(name);
        return CompletableFuture.completedFuture(name);
    }
}
