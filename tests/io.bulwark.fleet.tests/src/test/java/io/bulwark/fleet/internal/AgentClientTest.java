package io.bulwark.fleet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.agent.Heartbeat;
import io.bulwark.server.tests.Await;

/**
 * The fleet's client of one server, against a server that takes connections and never answers.
 */
class AgentClientTest {

    private static final int IN_FLIGHT = 2;
    private static final int REQUESTS = 10;

    /**
     * Closing the client, as the fleet does when it stops, ends every agent's request: those waiting for an answer and
     * those the gate still holds back. None may wait for ever, or its agent would never tick again.
     */
    @Test
    void closingEndsEveryRequestInFlightAndQueued() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, REQUESTS, InetAddress.getLoopbackAddress())) {
            AgentClient client = new AgentClient(URI.create("http://127.0.0.1:" + silent.getLocalPort()), null, null,
                    IN_FLIGHT);
            List<CompletableFuture<AgentClient.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                replies.add(client.post(ApiPaths.AGENT_HEARTBEAT, new Heartbeat(UUID.randomUUID(), false, Map.of()),
                        false));
            }
            Await.until("the gate holding back all but the requests in flight", Duration.ofSeconds(10),
                    client::queued, queued -> queued == REQUESTS - IN_FLIGHT);

            client.close();

            for (CompletableFuture<AgentClient.Reply> reply : replies) {
                assertThrows(ExecutionException.class, () -> reply.get(10, TimeUnit.SECONDS),
                        "a request ended without an answer fails, and does so at once");
            }
            assertEquals(0, client.queued());
        }
    }
}
