package io.bulwark.fleet.internal;

import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Lets at most a fixed number of requests be in flight and queues the rest, first come first served, without blocking
 * any thread. Ten thousand agents that all want to register at once then share a few dozen connections instead of
 * opening ten thousand.
 */
final class RequestGate {

    private final Semaphore permits;
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();

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
        CompletableFuture<T> answer = new CompletableFuture<>();
        waiting.add(() -> {
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
        return waiting.size();
    }

    private void drain() {
        while (!waiting.isEmpty() && permits.tryAcquire()) {
            Runnable next = waiting.poll();
            if (next == null) {
                permits.release();
            } else {
                next.run();
            }
        }
    }
}
