package io.bulwark.fleet.internal;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Lets at most a fixed number of requests be in flight and queues the rest, first come first served, without blocking
 * any thread. Ten thousand agents that all want to register at once then share a few dozen connections instead of
 * opening ten thousand.
 * <p>
 * Requests that move an agent between servers go ahead of the routine ones. A real agent owns its connection and takes
 * each step of a relocation at once; here one agent's arrival or departure would otherwise wait behind the heartbeats
 * of thousands of others whenever a busy server answers slower than they come, and a move hold its agents between two
 * servers for as long.
 * <p>
 * One thread at a time starts the queued requests, in a loop. A request that completes at once (refused before it was
 * sent, or failing as the fleet closes) asks for the next from within that loop; the loop then starts it, where a call
 * would start it one level deeper on the stack, and thousands of such requests would overflow it.
 */
final class RequestGate {

    private final Semaphore permits;
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();
    private final Queue<Runnable> urgent = new ConcurrentLinkedQueue<>();
    /** How many times starting requests was asked for since the loop last looked; not 0 while a thread loops. */
    private final AtomicInteger drainRequests = new AtomicInteger();

    /**
     * @param maxInFlight
     *            how many requests may be in flight at once
     */
    RequestGate(int maxInFlight) {
        this.permits = new Semaphore(maxInFlight);
    }

    /**
     * @param <T>
     *            what the request answers
     * @param request
     *            starts the request when its turn comes
     * @return completes with the request's answer
     */
    <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> request) {
        return submit(request, false);
    }

    /**
     * @param <T>
     *            what the request answers
     * @param request
     *            starts the request when its turn comes
     * @param first
     *            whether it goes ahead of every request queued without this flag
     * @return completes with the request's answer
     */
    <T> CompletableFuture<T> submit(Supplier<CompletableFuture<T>> request, boolean first) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        (first ? urgent : waiting).add(() -> {
            CompletableFuture<T> started;
            try {
                started = request.get();
            } catch (RuntimeException e) {
                started = CompletableFuture.failedFuture(e);
            }
            started.whenComplete((value, failure) -> {
                permits.release();
                drain();
                if (failure != null) {
                    answer.completeExceptionally(failure);
                } else {
                    answer.complete(value);
                }
            });
        });
        drain();
        return answer;
    }

    /** @return how many requests wait for their turn */
    int queued() {
        return urgent.size() + waiting.size();
    }

    private void drain() {
        if (drainRequests.getAndIncrement() != 0) {
            return; // the thread in the loop below looks again
        }
        int seen = 1;
        do {
            while ((!urgent.isEmpty() || !waiting.isEmpty()) && permits.tryAcquire()) {
                Runnable next = urgent.poll();
                if (next == null) {
                    next = waiting.poll();
                }
                if (next == null) {
                    permits.release();
                } else {
                    next.run();
                }
            }
            seen = drainRequests.addAndGet(-seen);
        } while (seen != 0);
    }
}
