package io.bulwark.fleet.internal;

import java.io.IOException;
import java.net.URI;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.ApiHeaders;
import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.WireJson;

/**
 * The fleet's connection to one server: a pool of keep-alive connections shared by every simulated agent whose home is
 * that server, pinned to the server's certificate, with a {@link RequestGate} bounding the requests in flight, and the
 * server's own counters for the summary. Answers are read leniently, as an agent must accept members a newer server
 * adds.
 * <p>
 * Each request in flight has a thread and a connection of its own, and blocks on it (Apache HttpClient's classic
 * client): on loopback a request costs about half the process CPU it cost with the JDK's asynchronous client, so the
 * servers the fleet drives get the machine's cores (decision 0024). Requests are never repeated here; an agent tries
 * again at its next tick.
 */
final class AgentClient implements AutoCloseable {

    private static final Timeout CONNECT_TIMEOUT = Timeout.ofSeconds(10);
    private static final Timeout TIMEOUT = Timeout.ofSeconds(30);
    /** A pooled connection idle this long is checked before it is used again: the server may have closed it. */
    private static final TimeValue CHECK_AFTER_IDLE = TimeValue.ofSeconds(1);
    private static final ContentType JSON = ContentType.create(WireJson.MEDIA_TYPE);
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
    private final CloseableHttpClient client;
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
     *            how many requests may be in flight at once, each on a thread and a connection of its own
     */
    AgentClient(URI server, SSLContext tls, String enrolmentKey, int maxInFlight) {
        this.server = server;
        this.enrolmentKey = enrolmentKey;
        this.threads = Executors.newFixedThreadPool(maxInFlight, task -> {
            Thread thread = new Thread(task, "fleet-http"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
        PoolingHttpClientConnectionManagerBuilder connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(maxInFlight).setMaxConnPerRoute(maxInFlight)
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(CONNECT_TIMEOUT)
                        .setSocketTimeout(TIMEOUT).setValidateAfterInactivity(CHECK_AFTER_IDLE).build());
        if (tls != null) {
            // The pinned fingerprint is the trust; the certificate need not name the address the agent dials.
            connections.setTlsSocketStrategy(ClientTlsStrategyBuilder.create().setSslContext(tls)
                    .setHostnameVerifier(NoopHostnameVerifier.INSTANCE).buildClassic());
        }
        this.client = HttpClients.custom().setConnectionManager(connections.build())
                .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(TIMEOUT)
                        .setResponseTimeout(TIMEOUT).build())
                .disableAutomaticRetries().disableRedirectHandling().disableCookieManagement()
                .disableContentCompression().build();
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
        HttpPost request = new HttpPost(server.resolve(path));
        request.setEntity(new ByteArrayEntity(json.write(body), JSON));
        if (enrol && enrolmentKey != null) {
            request.setHeader(ApiHeaders.ENROLMENT_KEY, enrolmentKey);
        }
        return gate.submit(() -> exchange(request), relocating || RELOCATION.contains(path));
    }

    /**
     * @param path
     *            a path on the server, e.g. a component download
     * @return the answer with the whole body, or a failure if the server could not be reached
     */
    CompletableFuture<Reply> get(String path) {
        HttpGet request = new HttpGet(server.resolve(path));
        return gate.submit(() -> exchange(request));
    }

    /** Sends the request on a thread of its own, which waits for the whole answer. */
    private CompletableFuture<Reply> exchange(ClassicHttpRequest request) {
        CompletableFuture<Reply> reply = new CompletableFuture<>();
        threads.execute(() -> {
            try {
                reply.complete(client.execute(request, AgentClient::reply));
            } catch (Throwable e) { // whatever happens, the agent waiting for it and the gate's permit go on
                reply.completeExceptionally(e);
                if (e instanceof Error error) {
                    throw error;
                }
            }
        });
        return reply;
    }

    private static Reply reply(ClassicHttpResponse response) throws IOException {
        return new Reply(response.getCode(),
                response.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(response.getEntity()));
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
        client.close(CloseMode.IMMEDIATE);
        // Requests already handed to a thread still run, and fail at once against the closed client; the gate's later
        // ones are refused by the pool. Either way every agent's future completes.
        threads.shutdown();
    }
}
