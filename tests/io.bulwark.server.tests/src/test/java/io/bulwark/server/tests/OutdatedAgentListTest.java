package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.admin.AgentPage;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.agent.Heartbeat;
import io.bulwark.protocol.agent.Registration;
import io.bulwark.protocol.components.Component;
import io.bulwark.protocol.components.ComponentUpdateJob;

/**
 * {@code GET /api/v1/agents?outdated=true}: the agents with a component older than the server's, judged from the
 * versions they last reported, as pages (with their count) and as a stream, on H2 and on PostgreSQL, against a real
 * server that fetched its components from a real simulated update source.
 */
class OutdatedAgentListTest {

    private static UpdateSourceProcess source;

    @BeforeAll
    static void startSource(@TempDir Path folder) throws Exception {
        source = UpdateSourceProcess.start(folder);
    }

    @AfterAll
    static void stopSource() {
        if (source != null) {
            source.close();
        }
    }

    @Nested
    class OnH2 extends Contract {
        OnH2() {
            super(Storage.H2);
        }
    }

    @Nested
    class OnPostgresql extends Contract {
        OnPostgresql() {
            super(Storage.POSTGRESQL);
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract extends ComponentServerContract {

        private AdminSession agents;

        Contract(Storage storage) {
            super(storage);
        }

        @Override
        UpdateSourceProcess source() {
            return source;
        }

        @BeforeAll
        void holdComponents() throws Exception {
            assertEquals(ComponentUpdateJob.SUCCEEDED, runUpdate().state());
            agents = AdminSession.anonymous(server);
        }

        @AfterAll
        void closeAgents() {
            agents.close();
        }

        @Test
        void listsAgentsBehindOnAnyComponentByTheVersionsTheyLastReported() throws Exception {
            Map<String, String> held = List.of(root.get("/api/v1/components").as(Component[].class)).stream()
                    .collect(Collectors.toMap(Component::name, c -> Long.toString(c.version())));
            long virus = Long.parseLong(held.get(VIRUS));
            Map<String, String> behind = with(held, VIRUS, Long.toString(virus - 1));
            UUID behindOnVirus = register("out-behind-virus", behind);
            UUID behindOnEngine = register("out-behind-engine",
                    Map.of(ENGINE, Long.toString(Long.parseLong(held.get(ENGINE)) - 1)));
            UUID shorterNumber = register("out-shorter-number", with(held, VIRUS, "9"));
            register("out-current", held);
            register("out-newer", with(held, VIRUS, Long.toString(virus + 1)));
            register("out-leading-zeros", with(held, VIRUS, "000" + virus));
            register("out-unknown-component", Map.of("other-pattern", "1"));
            register("out-none", Map.of());
            UUID catchesUp = register("out-catches-up", behind);
            UUID fallsBehind = register("out-falls-behind", held);
            Set<UUID> outdated = Set.of(behindOnVirus, behindOnEngine, shorterNumber, catchesUp);
            assertEquals(outdated, streamed("out-"), "as registered");

            beat(catchesUp, held);
            beat(fallsBehind, behind);

            Set<UUID> now = Set.of(behindOnVirus, behindOnEngine, shorterNumber, fallsBehind);
            assertEquals(now, streamed("out-"), "as the latest heartbeats reported, at once");
            assertEquals(now, paged("out-"));
            AgentSummary listed = root.get("/api/v1/agents?outdated=true&q=out-falls-behind").as(AgentPage.class)
                    .items().getFirst();
            assertEquals(behind, listed.componentVersions(), "an agent out of date comes with its versions");
            assertNull(root.get("/api/v1/agents?q=out-falls-behind").as(AgentPage.class).items().getFirst()
                    .componentVersions(), "other listings carry no versions");
            AgentPage all = root.get("/api/v1/agents?q=out-&count=true&limit=3").as(AgentPage.class);
            assertEquals(Long.valueOf(10), all.total());
            assertEquals(3, all.items().size());
            assertNull(root.get("/api/v1/agents?q=out-").as(AgentPage.class).total(), "counted only when asked");
        }

        @Test
        void refusesBadFlagsAndCountingAStream() throws Exception {
            AdminSession.Reply bad = root.get("/api/v1/agents?outdated=yes");
            assertEquals(400, bad.status(), bad.body());
            assertEquals(ErrorCodes.INVALID_FIELD, bad.error().error());
            assertEquals("outdated", bad.error().details().get("field"));
            AdminSession.Reply badCount = root.get("/api/v1/agents?count=1");
            assertEquals(400, badCount.status(), badCount.body());
            assertEquals("count", badCount.error().details().get("field"));
            AdminSession.Reply countedStream = root.send("GET", "/api/v1/agents?count=true", null, "Accept",
                    "application/x-ndjson");
            assertEquals(400, countedStream.status(), countedStream.body());
            assertEquals("count", countedStream.error().details().get("field"));
        }

        private Set<UUID> streamed(String prefix) throws Exception {
            AdminSession.Reply reply = root.send("GET", "/api/v1/agents?outdated=true&q=" + prefix, null, "Accept",
                    "application/x-ndjson");
            assertEquals(200, reply.status(), reply.body());
            ContractCheck.shared().check(reply);
            Set<UUID> ids = new HashSet<>();
            for (String line : reply.body().split("\n")) {
                if (!line.isEmpty()) {
                    AgentSummary agent = AdminSession.JSON.read(line.getBytes(StandardCharsets.UTF_8),
                            AgentSummary.class);
                    assertTrue(agent.componentVersions() != null && !agent.componentVersions().isEmpty(),
                            line);
                    ids.add(agent.id());
                }
            }
            return ids;
        }

        /** Page by page, one agent a page, each page counting them all. */
        private Set<UUID> paged(String prefix) throws Exception {
            Set<UUID> ids = new HashSet<>();
            String cursor = null;
            int pages = 0;
            long total = -1;
            do {
                AdminSession.Reply reply = root.get("/api/v1/agents?outdated=true&count=true&limit=1&q=" + prefix
                        + (cursor == null ? "" : "&cursor=" + cursor));
                ContractCheck.shared().check(reply);
                AgentPage page = reply.as(AgentPage.class);
                total = page.total().longValue();
                for (AgentSummary agent : page.items()) {
                    assertTrue(ids.add(agent.id()), "each agent on one page only");
                }
                cursor = page.next();
                pages++;
            } while (cursor != null);
            assertEquals(ids.size(), total);
            assertTrue(pages >= ids.size());
            return ids;
        }

        private UUID register(String hostName, Map<String, String> versions) throws Exception {
            UUID id = UUID.randomUUID();
            Registration registration = new Registration(id, hostName, "10.77.0." + (Math.abs(id.hashCode()) % 250 + 1),
                    "14.0.2049", 60_000, false, versions);
            AdminSession.Reply reply = AgentCalls.register(agents, registration);
            assertTrue(reply.status() == 200 || reply.status() == 201, reply.body());
            return id;
        }

        private void beat(UUID id, Map<String, String> versions) throws Exception {
            AdminSession.Reply reply = agents.post("/agent/v1/heartbeat", new Heartbeat(id, false, versions));
            assertEquals(200, reply.status(), reply.body());
        }

        private static Map<String, String> with(Map<String, String> versions, String name, String version) {
            Map<String, String> changed = new HashMap<>(versions);
            changed.put(name, version);
            return changed;
        }
    }
}
