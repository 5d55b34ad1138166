package io.bulwark.bench.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.bulwark.protocol.ApiHeaders;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.FingerprintTrust;
import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.LoginRequest;
import io.bulwark.protocol.admin.SessionInfo;

/**
 * An administrator's calls to one server's {@code /api/v1}, as a console makes them: logged in once, over TLS pinned to
 * the server's certificate, JSON in and out, every change with an {@code Idempotency-Key}. Any answer other than the
 * expected status fails the benchmark with the server's error body.
 */
public final class AdminCalls implements AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final URI server;
    private final HttpClient client;
    private final WireJson json = WireJson.create(WireJson.UnknownMembers.IGNORE);
    private final String token;

    private AdminCalls(URI server, HttpClient client, String token) {
        this.server = server;
        this.client = client;
        this.token = token;
    }

    /**
     * Logs in.
     *
     * @param server
     *            the server's base URL
     * @param fingerprint
     *            its certificate's fingerprint, pinned
     * @param user
     *            the account
     * @param password
     *            its password
     * @return the logged-in calls
     * @throws IOException
     *             if the server cannot be reached or refuses the login
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public static AdminCalls login(URI server, CertificateFingerprint fingerprint, String user, String password)
            throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().sslContext(FingerprintTrust.pinned(fingerprint).sslContext())
                .version(HttpClient.Version.HTTP_1_1).build();
        AdminCalls anonymous = new AdminCalls(server, client, null);
        SessionInfo session = anonymous.post(ApiPaths.SESSIONS, new LoginRequest(user, password), null, 201,
                SessionInfo.class);
        return new AdminCalls(server, client, session.token());
    }

    /** @return the server's identity and agent counts */
    public ServerInfo serverInfo() throws IOException, InterruptedException {
        return read(send(request(ApiPaths.SERVER).GET()), 200, ServerInfo.class);
    }

    /**
     * @param <T>
     *            the answer's type
     * @param path
     *            an API path
     * @param body
     *            the record to send
     * @param idempotencyKey
     *            the change's key, or {@code null} for none
     * @param expected
     *            the status that means success
     * @param type
     *            the answer's type
     * @return the answer
     * @throws IOException
     *             if the server cannot be reached or answers anything else
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public <T> T post(String path, Object body, String idempotencyKey, int expected, Class<T> type)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path).header("Content-Type", WireJson.MEDIA_TYPE) //$NON-NLS-1$
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.write(body)));
        if (idempotencyKey != null) {
            request.header(ApiHeaders.IDEMPOTENCY_KEY, idempotencyKey);
        }
        return read(send(request), expected, type);
    }

    /**
     * @param <T>
     *            the answer's type
     * @param path
     *            an API path
     * @param type
     *            the answer's type
     * @return the answer to {@code GET path}
     * @throws IOException
     *             if the server cannot be reached or answers anything but 200
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public <T> T get(String path, Class<T> type) throws IOException, InterruptedException {
        return read(send(request(path).GET()), 200, type);
    }

    /**
     * @return every agent the server lists, from its NDJSON stream
     * @throws IOException
     *             if the server cannot be reached or answers anything but 200
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public List<AgentSummary> agents() throws IOException, InterruptedException {
        HttpResponse<InputStream> response = client.send(
                request(ApiPaths.AGENTS).header("Accept", WireJson.NDJSON_MEDIA_TYPE).GET().build(), //$NON-NLS-1$
                HttpResponse.BodyHandlers.ofInputStream());
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            if (response.statusCode() != 200) {
                throw new IOException("GET " + ApiPaths.AGENTS + " answered " + response.statusCode()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            List<AgentSummary> agents = new ArrayList<>();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isBlank()) {
                    agents.add(json.read(line.getBytes(StandardCharsets.UTF_8), AgentSummary.class));
                }
            }
            return agents;
        }
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path)).timeout(TIMEOUT);
        if (token != null) {
            request.header(ApiHeaders.AUTHORIZATION, "Bearer " + token); //$NON-NLS-1$
        }
        return request;
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> T read(HttpResponse<byte[]> response, int expected, Class<T> type) throws IOException {
        if (response.statusCode() != expected) {
            throw new IOException(response.request().method() + " " + response.uri().getPath() + " answered " //$NON-NLS-1$ //$NON-NLS-2$
                    + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8)); //$NON-NLS-1$
        }
        return json.read(response.body(), type);
    }

    @Override
    public void close() {
        client.close();
    }
}
