package io.bulwark.fleet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

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

    @Test
    void thousandsOfRequestsThatCompleteAtOnceRunOneAfterAnotherWithoutDeepeningTheStack() {
        int requests = 200_000;
        RequestGate gate = new RequestGate(1);
        CompletableFuture<String> first = new CompletableFuture<>();
        gate.submit(() -> first);
        AtomicInteger inFlight = new AtomicInteger(1);
        AtomicInteger mostInFlight = new AtomicInteger(1);
        List<CompletableFuture<String>> answers = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            boolean refused = i % 2 == 0;
            answers.add(gate.submit(() -> {
                mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                inFlight.decrementAndGet();
                return refused
                        ? CompletableFuture.failedFuture(new IllegalStateException("closed")) //$NON-NLS-1$
                        : CompletableFuture.completedFuture("sent"); //$NON-NLS-1$
            }));
        }
        assertEquals(requests, gate.queued());

        inFlight.decrementAndGet();
        first.complete("done"); // with each request starting the next one level deeper, the stack overflowed here

        assertEquals(0, gate.queued());
        assertTrue(answers.stream().allMatch(CompletableFuture::isDone));
        assertEquals(requests / 2, answers.stream().filter(CompletableFuture::isCompletedExceptionally).count());
        assertEquals(1, mostInFlight.get(), "never more than the gate's one request in flight");
    }

    private static CompletableFuture<String> started(String name, List<String> started) {
        started.add(name);
        return CompletableFuture.completedFuture(name);
    }
}
