package io.bulwark.bench.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

import javax.net.ssl.SSLContext;

/**
 * Sends requests from a fixed number of threads, each waiting for its answer before the next (closed loop), and reports
 * throughput and latency percentiles. Every target is measured with the same client settings, so only the server side
 * differs.
 */
public final class LoadGenerator {

    /** How long one request may take before the run fails. */
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final SSLContext tls;
    private final int concurrency;

    /**
     * Result of one load run.
     *
     * @param requests
     *            requests completed
     * @param requestsPerSecond
     *            throughput
     * @param p50Millis
     *            median latency
     * @param p99Millis
     *            99th percentile latency
     */
    public record Result(int requests, double requestsPerSecond, double p50Millis, double p99Millis) {
    }

    /**
     * @param tls
     *            the TLS context (trusting the server's certificate)
     * @param concurrency
     *            requests in flight at once
     */
    public LoadGenerator(SSLContext tls, int concurrency) {
        this.tls = tls;
        this.concurrency = concurrency;
    }

    /**
     * @param target
     *            the URL to GET
     * @param requests
     *            how many requests in all
     * @return throughput and latency
     * @throws Exception
     *             if a request fails or answers anything but 200
     */
    public Result run(URI target, int requests) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(target).timeout(REQUEST_TIMEOUT).GET().build();
        return run(requests, index -> request);
    }

    /**
     * @param requests
     *            how many requests in all
     * @param requestFor
     *            the request to send as number {@code index}, from 0; must be thread-safe
     * @return throughput and latency
     * @throws Exception
     *             if a request fails or answers anything but 200
     */
    public Result run(int requests, IntFunction<HttpRequest> requestFor) throws Exception {
        long[] latencies = new long[requests];
        AtomicInteger next = new AtomicInteger();
        try (HttpClient client = HttpClient.newBuilder().sslContext(tls).version(HttpClient.Version.HTTP_1_1).build();
                ExecutorService threads = Executors.newFixedThreadPool(concurrency)) {
            List<Future<Void>> workers = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < concurrency; i++) {
                workers.add(threads.submit(() -> {
                    for (int index = next.getAndIncrement(); index < requests; index = next.getAndIncrement()) {
                        HttpRequest request = requestFor.apply(index);
                        long sent = System.nanoTime();
                        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        latencies[index] = System.nanoTime() - sent;
                        if (response.statusCode() != 200) {
                            throw new IOException(request.method() + " " + request.uri() + " answered " //$NON-NLS-1$ //$NON-NLS-2$
                                    + response.statusCode() + ": " + new String(response.body(), //$NON-NLS-1$
                                            StandardCharsets.UTF_8));
                        }
                    }
                    return null;
                }));
            }
            for (Future<Void> worker : workers) {
                worker.get();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            Arrays.sort(latencies);
            return new Result(requests, requests / seconds, percentile(latencies, 0.50), percentile(latencies, 0.99));
        }
    }

    private static double percentile(long[] sortedNanos, double fraction) {
        int index = (int) Math.ceil(fraction * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, index)] / 1e6;
    }
}
