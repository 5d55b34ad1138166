package io.bulwark.fleet.tests;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.LoginRequest;
import io.bulwark.protocol.admin.SessionInfo;
import io.bulwark.protocol.move.MoveProgress;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTarget;
import io.bulwark.protocol.move.MoveTicket;
import io.bulwark.protocol.move.MoveTicketRequest;
import io.bulwark.protocol.move.MoveTicketStatus;
import io.bulwark.server.tests.AdminSession;
import io.bulwark.server.tests.PinnedHttpsClient;

/**
 * What a console does to move agents, and no more, for the fleet's move tests: root on one server of a
 * {@link RestartableServer}, posting the protocol's JSON to its administration API. It logs in again after the server
 * restarted, and reads the agents a server owns from its agent stream.
 */
final class MoveAdmin implements AutoCloseable {

    private final RestartableServer server;
    private final PinnedHttpsClient client;
    private String token;

    MoveAdmin(RestartableServer server) throws Exception {
        this.server = server;
        this.client = new PinnedHttpsClient(server.fingerprint());
    }

    /** @return the server's identity */
    UUID serverId() throws Exception {
        return read(send("GET", "/api/v1/server", null), 200, ServerInfo.class).serverId();
    }

    /** @return where agents reach this server, as a move names it */
    MoveTarget asTarget() throws Exception {
        return new MoveTarget(serverId(), server.uri().getHost(), server.uri().getPort(), server.fingerprint());
    }

    /** On the target: a ticket for these agents from that source. */
    MoveTicket ticket(UUID source, List<UUID> agents, Instant deadline) throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/move-tickets",
                new MoveTicketRequest(source, agents, null, deadline), "Idempotency-Key", UUID.randomUUID().toString());
        return read(response, response.statusCode() == 200 ? 200 : 201, MoveTicket.class);
    }

    /** On the target: how far the ticket's agents came. */
    MoveTicketStatus ticketStatus(UUID ticketId) throws Exception {
        return read(send("GET", "/api/v1/move-tickets/" + ticketId, null), 200, MoveTicketStatus.class);
    }

    /** On the source: move the agents with the target's ticket. */
    MoveProgress move(MoveRequest request) throws Exception {
        HttpResponse<String> response = send("POST", "/api/v1/moves", request, "Idempotency-Key",
                request.moveId().toString());
        if (response.statusCode() != 200 && response.statusCode() != 201 && response.statusCode() != 202) {
            throw new AssertionError("POST /api/v1/moves answered " + response.statusCode() + ": " + response.body());
        }
        return AdminSession.JSON.read(response.body().getBytes(StandardCharsets.UTF_8), MoveProgress.class);
    }

    /** On the source: the move's progress per agent. */
    MoveProgress progress(UUID moveId) throws Exception {
        return read(send("GET", "/api/v1/moves/" + moveId, null), 200, MoveProgress.class);
    }

    /** @return every agent the server lists, with its status */
    Map<UUID, String> agents() throws Exception {
        Map<UUID, String> agents = new HashMap<>();
        for (AgentSummary agent : list(Map.of())) {
            agents.put(agent.id(), agent.status());
        }
        return agents;
    }

    /**
     * What the console's agent list shows for a filter, read once from the server's agent stream.
     *
     * @param filter
     *            the listing's query parameters, e.g. {@code q} (host name, address or operating system contains) and
     *            {@code status}
     * @return every agent the server lists for it, in the server's order
     */
    List<AgentSummary> list(Map<String, String> filter) throws Exception {
        StringBuilder path = new StringBuilder("/api/v1/agents");
        char separator = '?';
        for (Map.Entry<String, String> parameter : new TreeMap<>(filter).entrySet()) {
            path.append(separator).append(parameter.getKey()).append('=')
                    .append(URLEncoder.encode(parameter.getValue(), StandardCharsets.UTF_8));
            separator = '&';
        }
        HttpResponse<String> response = send("GET", path.toString(), null, "Accept", "application/x-ndjson");
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        List<AgentSummary> agents = new ArrayList<>();
        for (String line : response.body().split("\n")) {
            if (!line.isBlank()) {
                agents.add(AdminSession.JSON.read(line.getBytes(StandardCharsets.UTF_8), AgentSummary.class));
            }
        }
        return agents;
    }

    /** @return the agents of {@code among} this server lists */
    Set<UUID> owned(Set<UUID> among) throws Exception {
        Set<UUID> owned = new HashSet<>(agents().keySet());
        owned.retainAll(among);
        return owned;
    }

    private <T> T read(HttpResponse<String> response, int expected, Class<T> type) {
        if (response.statusCode() != expected) {
            throw new AssertionError(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return AdminSession.JSON.read(response.body().getBytes(StandardCharsets.UTF_8), type);
    }

    private HttpResponse<String> send(String method, String path, Object body, String... headers) throws Exception {
        if (token == null) {
            login();
        }
        HttpResponse<String> response = once(method, path, body, headers);
        if (response.statusCode() == 401) { // the server restarted, or the session lapsed
            login();
            response = once(method, path, body, headers);
        }
        return response;
    }

    private void login() throws Exception {
        token = null;
        HttpResponse<String> response = once("POST", "/api/v1/sessions",
                new LoginRequest("root", RestartableServer.ROOT_PASSWORD));
        token = read(response, 201, SessionInfo.class).token();
    }

    private HttpResponse<String> once(String method, String path, Object body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri().resolve(path));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(AdminSession.JSON.write(body)));
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return client.send(request);
    }

    @Override
    public void close() {
        client.close();
    }
}
