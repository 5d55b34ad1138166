package io.bulwark.fleet.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.net.ssl.SSLContext;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.ApiHeaders;
import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.WireJson;

/**
 * The fleet's connection to one server: a single asynchronous HTTP client shared by every simulated agent whose home is
 * that server, pinned to the server's certificate, with a {@link RequestGate} bounding the requests in flight, and the
 * server's own counters for the summary. Answers are read leniently, as an agent must accept members a newer server
 * adds.
 */
final class AgentClient implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    private static final int CLIENT_THREADS = 4;
    /** The steps of a relocation, which go ahead of routine requests ({@link RequestGate}). */
    private static final Set<String> RELOCATION = Set.of(ApiPaths.AGENT_ARRIVALS, ApiPaths.AGENT_DEPARTURES);

    /**
     * An answer.
     *
     * @param status
     *            the HTTP status
     * @param body
     *            the body
     */
    record Reply(int status, byte[] body) {

        boolean ok() {
            return status / 100 == 2;
        }
    }

    private final URI server;
    private final String enrolmentKey;
    private final WireJson json = WireJson.create(WireJson.UnknownMembers.IGNORE);
    private final ExecutorService threads;
    private final HttpClient client;
    private final RequestGate gate;
    private final FleetStats stats = new FleetStats();

    /**
     * @param server
     *            the server's base URL
     * @param tls
     *            trusts only the pinned certificate; {@code null} over plain HTTP
     * @param enrolmentKey
     *            the server's enrolment key, or {@code null}
     * @param maxInFlight
     *            how many requests may be in flight at once
     */
    AgentClient(URI server, SSLContext tls, String enrolmentKey, int maxInFlight) {
        this.server = server;
        this.enrolmentKey = enrolmentKey;
        this.threads = Executors.newFixedThreadPool(CLIENT_THREADS, task -> {
            Thread thread = new Thread(task, "fleet-http"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).executor(threads);
        if (tls != null) {
            builder.sslContext(tls);
        }
        this.client = builder.build();
        this.gate = new RequestGate(maxInFlight);
    }

    /** @return the server's base URL */
    URI server() {
        return server;
    }

    /** @return the counters of this server's requests */
    FleetStats stats() {
        return stats;
    }

    /**
     * @param path
     *            an agent API path
     * @param body
     *            the record to send as JSON
     * @param enrol
     *            whether to present the enrolment key
     * @return the answer, or a failure if the server could not be reached
     */
    CompletableFuture<Reply> post(String path, Object body, boolean enrol) {
        return post(path, body, enrol, false);
    }

    /**
     * @param path
     *            an agent API path
     * @param body
     *            the record to send as JSON
     * @param enrol
     *            whether to present the enrolment key
     * @param relocating
     *            whether the request is a step of a relocation although its path is not one of them: an agent's first
     *            heartbeat at its new home, which makes its record there final
     * @return the answer, or a failure if the server could not be reached
     */
    CompletableFuture<Reply> post(String path, Object body, boolean enrol, boolean relocating) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path)).timeout(TIMEOUT)
                .header("Content-Type", WireJson.MEDIA_TYPE) //$NON-NLS-1$
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.write(body)));
        if (enrol && enrolmentKey != null) {
            request.header(ApiHeaders.ENROLMENT_KEY, enrolmentKey);
        }
        HttpRequest built = request.build();
        return gate.submit(() -> client.sendAsync(built, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> new Reply(response.statusCode(), response.body())),
                relocating || RELOCATION.contains(path));
    }

    /**
     * @param path
     *            a path on the server, e.g. a component download
     * @return the answer with the whole body, or a failure if the server could not be reached
     */
    CompletableFuture<Reply> get(String path) {
        HttpRequest built = HttpRequest.newBuilder(server.resolve(path)).timeout(TIMEOUT).GET().build();
        return gate.submit(() -> client.sendAsync(built, HttpResponse.BodyHandlers.ofByteArray())
                .thenApply(response -> new Reply(response.statusCode(), response.body())));
    }

    /**
     * @param <T>
     *            the record type
     * @param reply
     *            a successful answer
     * @param type
     *            the record type
     * @return its body decoded
     * @throws WireFormatException
     *             if the body is not a {@code type}
     */
    <T> T read(Reply reply, Class<T> type) {
        return json.read(reply.body(), type);
    }

    /**
     * @param reply
     *            a failed answer
     * @return its error body, or a made-up one if the body is not the protocol's error
     */
    ApiError error(Reply reply) {
        try {
            return json.read(reply.body(), ApiError.class);
        } catch (WireFormatException e) {
            return ApiError.of("unreadable", "HTTP " + reply.status() + " without the protocol's error body"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /** @return how many requests wait for a free connection */
    int queued() {
        return gate.queued();
    }

    @Override
    public void close() {
        client.shutdownNow();
        threads.shutdownNow();
    }
}
