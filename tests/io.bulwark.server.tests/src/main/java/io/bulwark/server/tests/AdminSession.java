package io.bulwark.server.tests;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.admin.LoginRequest;
import io.bulwark.protocol.admin.SessionInfo;

/**
 * A logged-in administrator talking to a real server process over pinned HTTPS, for tests: JSON in and out, every reply
 * kept whole (status, headers, body) so tests can check each part.
 */
public final class AdminSession implements AutoCloseable {

    /** Reads replies leniently, as a client would. */
    public static final WireJson JSON = WireJson.create(WireJson.UnknownMembers.IGNORE);

    /**
     * A reply.
     *
     * @param status
     *            the HTTP status
     * @param response
     *            the whole response, for headers
     * @param body
     *            the body as text
     */
    public record Reply(int status, HttpResponse<String> response, String body) {

        /**
         * @param <T>
         *            the record type
         * @param type
         *            the record type
         * @return the body decoded
         */
        public <T> T as(Class<T> type) {
            return JSON.read(body.getBytes(StandardCharsets.UTF_8), type);
        }

        /** @return the body as the protocol's error */
        public ApiError error() {
            return as(ApiError.class);
        }

        /**
         * @param name
         *            a header
         * @return its first value
         */
        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }
    }

    private final ServerProcess server;
    private final PinnedHttpsClient client;
    private String token;

    private AdminSession(ServerProcess server) throws GeneralSecurityException {
        this.server = server;
        this.client = new PinnedHttpsClient(server.fingerprint());
    }

    /**
     * @param server
     *            a running HTTPS server
     * @return a client without a session, for public calls and login tests
     * @throws GeneralSecurityException
     *             if TLS cannot be set up
     */
    public static AdminSession anonymous(ServerProcess server) throws GeneralSecurityException {
        return new AdminSession(server);
    }

    /**
     * @param server
     *            a running HTTPS server
     * @param user
     *            the account
     * @param password
     *            its password
     * @return a logged-in session
     * @throws Exception
     *             if the login fails
     */
    public static AdminSession login(ServerProcess server, String user, String password) throws Exception {
        AdminSession session = new AdminSession(server);
        Reply reply = session.post("/api/v1/sessions", new LoginRequest(user, password));
        if (reply.status() != 201) {
            session.close();
            throw new IllegalStateException("Login as " + user + " failed: " + reply.status() + " " + reply.body());
        }
        session.token = reply.as(SessionInfo.class).token();
        return session;
    }

    /** @return the bearer token, or {@code null} before login */
    public String token() {
        return token;
    }

    /**
     * @param path
     *            e.g. {@code /api/v1/domains}
     * @return the reply
     * @throws Exception
     *             on a transport failure
     */
    public Reply get(String path) throws Exception {
        return send("GET", path, null);
    }

    /**
     * @param path
     *            the path
     * @param body
     *            a record written as JSON
     * @param headers
     *            name, value, name, value…
     * @return the reply
     * @throws Exception
     *             on a transport failure
     */
    public Reply post(String path, Object body, String... headers) throws Exception {
        return send("POST", path, body, headers);
    }

    /**
     * @param method
     *            the HTTP method
     * @param path
     *            the path, with any query
     * @param body
     *            a record written as JSON, a {@code String} or {@code byte[]} sent as is, or {@code null}
     * @param headers
     *            name, value, name, value…
     * @return the reply
     * @throws Exception
     *             on a transport failure
     */
    public Reply send(String method, String path, Object body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            byte[] bytes = body instanceof byte[] raw
                    ? raw
                    : body instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : JSON.write(body);
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = client.send(request);
        return new Reply(response.statusCode(), response, response.body());
    }

    /**
     * Sends a body exactly as given, with the given content type (or none), to test how the server treats bodies that
     * are not proper JSON requests.
     *
     * @param method
     *            the HTTP method
     * @param path
     *            the path, with any query
     * @param body
     *            the bytes to send
     * @param contentType
     *            the {@code Content-Type}, or {@code null} for none
     * @param headers
     *            name, value, name, value…
     * @return the reply
     * @throws Exception
     *             on a transport failure
     */
    public Reply sendBytes(String method, String path, byte[] body, String contentType, String... headers)
            throws Exception {
        // A large body is only sent once the server asked for it, so a server that refuses it (413) by its length
        // can answer without the client writing into a connection the server is closing.
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).expectContinue(body.length > 65_536);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        HttpResponse<String> response = client.send(request);
        return new Reply(response.statusCode(), response, response.body());
    }

    /**
     * @param path
     *            a path with any query
     * @return the absolute URI on the server
     */
    public URI uri(String path) {
        return server.uri().resolve(path);
    }

    /** @return the underlying pinned client, for streaming requests */
    public PinnedHttpsClient client() {
        return client;
    }

    @Override
    public void close() {
        client.close();
    }
}
