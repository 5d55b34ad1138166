package io.bulwark.core.tests.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.AgentQuery;
import io.bulwark.client.Credentials;
import io.bulwark.client.RetryPolicy;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.core.move.AgentListImport;
import io.bulwark.core.move.AgentLists;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MovePlan;
import io.bulwark.core.move.MovePlanFile;
import io.bulwark.core.move.MovePlanRequest;
import io.bulwark.core.move.MovePlanner;
import io.bulwark.core.move.PlannedAgent;
import io.bulwark.core.move.PlannedAgent.Disposition;
import io.bulwark.core.move.SettingsDifference;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.admin.AgentStatus;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.SettingsGroups;
import io.bulwark.protocol.settings.SettingsScope;
import io.bulwark.test.servers.TestServer;

/**
 * Planning a move between two real servers: the agents pinned with what happens to each by its status, the target's
 * readiness and load, and the settings that differ on arrival per source domain.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MovePlannerTest {

    private TestServer sourceServer;
    private TestServer targetServer;
    private ServerClient source;
    private ServerClient target;
    private final List<UUID> online = new ArrayList<>();
    private final List<UUID> offline = new ArrayList<>();
    private final List<UUID> roaming = new ArrayList<>();
    private final List<UUID> inBranch = new ArrayList<>();
    private Domain arrivals;

    @BeforeAll
    void startServers(@TempDir Path data) throws Exception {
        sourceServer = TestServer.start(data.resolve("source"), "--name", "plan-source");
        targetServer = TestServer.start(data.resolve("target"), "--name", "plan-target");
        source = client(sourceServer);
        target = client(targetServer);
        try (RegisteredAgents agents = new RegisteredAgents(sourceServer)) {
            for (int i = 1; i <= 4; i++) {
                online.add(agents.online("desk-" + i, "10.1.0." + i));
            }
            inBranch.add(agents.online("branch-1", "10.2.0.1"));
            inBranch.add(agents.online("branch-2", "10.2.0.2"));
            online.addAll(inBranch);
            offline.add(agents.goingOffline("old-1", "10.3.0.1"));
            offline.add(agents.goingOffline("old-2", "10.3.0.2"));
            roaming.add(agents.roaming("laptop-1", "10.4.0.1"));
            roaming.add(agents.roaming("laptop-2", "10.4.0.2"));
            agents.online("not-chosen", "10.5.0.1");
        }
        Domain branch = source.createDomain("Branch", null, null);
        source.moveAgents(inBranch, Long.valueOf(branch.id()), null, null);
        PolicySettings standard = new PolicySettings(PolicySettings.STANDARD_SCAN, null, null, null, null, null, null,
                null);
        SettingsScope branchScope = SettingsScope.domain(branch.id());
        source.putPolicy(branchScope, standard, source.policy(branchScope, null).etag(), null);
        arrivals = target.createDomain("Arrivals", null, null);
        Poll.until(Duration.ofSeconds(30), "the short-interval agents are offline and the roaming ones roam",
                () -> statuses().entrySet().stream().filter(e -> offline.contains(e.getKey()))
                        .allMatch(e -> AgentStatus.OFFLINE.equals(e.getValue()))
                        && roaming.stream().allMatch(id -> AgentStatus.ROAMING.equals(statuses().get(id))));
    }

    @AfterAll
    void stopServers() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[]{source, target, sourceServer, targetServer}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    private static ServerClient client(TestServer server) {
        return new ServerClient(ServerAddress.parse(server.uri().toString()),
                new Credentials("root", server.rootPassword().toCharArray()),
                CertificateFingerprint.parse(server.fingerprint()));
    }

    private Map<UUID, String> statuses() {
        Map<UUID, String> statuses = new HashMap<>();
        try {
            source.streamAgents(AgentQuery.all(), agent -> statuses.put(agent.id(), agent.status()), null);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        return statuses;
    }

    private List<UUID> chosen(UUID... extra) {
        List<UUID> ids = new ArrayList<>(online);
        ids.addAll(offline);
        ids.addAll(roaming);
        ids.addAll(List.of(extra));
        return ids;
    }

    @Test
    void pinsTheChosenAgentsAndSaysWhatHappensToEach() throws Exception {
        UUID unknown = UUID.randomUUID();
        MovePlan plan = new MovePlanner(source, target).plan(MovePlanRequest.of(chosen(unknown), "arrivals"), null);

        assertEquals(chosen(unknown), plan.agents().stream().map(PlannedAgent::id).toList(), "in the order chosen");
        for (PlannedAgent agent : plan.agents()) {
            Disposition expected = online.contains(agent.id())
                    ? Disposition.MOVE_NOW
                    : offline.contains(agent.id()) || roaming.contains(agent.id())
                            ? Disposition.WAIT
                            : Disposition.NOT_FOUND;
            assertEquals(expected, agent.disposition(), agent.toString());
        }
        assertEquals(chosen(), plan.namedAgents(), "the unknown agent is not part of the move");
        assertTrue(plan.readiness().ready(), String.valueOf(plan.readiness().problem()));
        assertNull(plan.readiness().ticketId(), "no ticket unless asked for");
        assertEquals(Long.valueOf(arrivals.id()), plan.targetDomainId());
        assertEquals("Arrivals", plan.targetDomainPath());
        assertEquals(0, plan.load().agentsBefore());
        assertEquals(10, plan.load().agentsAfter());
        assertEquals(10, plan.load().domainAgentsAfter());
        assertEquals(RegisteredAgents.LONG_INTERVAL, plan.heartbeatIntervalMillis());
        assertEquals(2L * RegisteredAgents.LONG_INTERVAL + online.size() * 1000L / 300, plan.estimatedMillis(),
                "two intervals, and the relocations of the agents that move now at 300 a second");
        assertEquals(plan.plannedAt().plus(Duration.ofDays(14)), plan.deadline(), "the default deadline");
        assertEquals("Branch", plan.agents().get(online.indexOf(inBranch.get(0))).domainPath());
    }

    @Test
    void reportsTheScanMethodThatChangesPerSourceDomain() throws Exception {
        MovePlan plan = new MovePlanner(source, target).plan(MovePlanRequest.of(chosen(), "Arrivals"), null);

        List<SettingsDifference> scanMethod = plan.settingsDifferences().stream()
                .filter(difference -> SettingsGroups.SCAN_METHOD.equals(difference.group())).toList();
        assertEquals(List.of(new SettingsDifference("Branch", 2, SettingsGroups.SCAN_METHOD,
                PolicySettings.STANDARD_SCAN, PolicySettings.SMART_SCAN)), scanMethod,
                "only the branch's agents change their scan method");
        assertTrue(plan.settingsDifferences().stream().allMatch(d -> d.sourceDomainPath().isEmpty()
                ? d.agentCount() == 8
                : d.agentCount() == 2), plan.settingsDifferences().toString());
    }

    @Test
    void skipsOfflineAndRoamingAgentsWhenAskedTo() throws Exception {
        MovePlan plan = new MovePlanner(source, target).plan(
                new MovePlanRequest(chosen(), null, 3, MoveRequest.SKIP, true, false, null), null);

        assertEquals(online, plan.namedAgents());
        assertEquals(4, plan.count(Disposition.SKIP));
        assertEquals(plan.plannedAt().plus(Duration.ofDays(3)), plan.deadline());
        assertNull(plan.targetDomainId(), "the root");
        assertTrue(plan.cancelNotifications());
    }

    @Test
    void anUnknownDomainOrAnUnreachableTargetIsNotReady() throws Exception {
        MovePlan plan = new MovePlanner(source, target).plan(MovePlanRequest.of(chosen(), "Arrivals/Nowhere"), null);
        assertFalse(plan.readiness().ready());
        assertTrue(plan.readiness().problem().contains("Arrivals/Nowhere"), plan.readiness().problem());

        try (ServerClient closed = new ServerClient(ServerAddress.parse("https://127.0.0.1:1"),
                new Credentials("root", "x".toCharArray()), CertificateFingerprint.parse(targetServer.fingerprint()),
                RetryPolicy.NONE)) {
            plan = new MovePlanner(source, closed).plan(MovePlanRequest.of(chosen(), null), null);
        }
        assertFalse(plan.readiness().ready());
        assertNotNull(plan.readiness().problem());
        assertEquals(10, plan.namedAgents().size(), "the source's side is planned all the same");
    }

    @Test
    void refusesNoAgentsAndADeadlineOutOfRange() {
        MovePlanner planner = new MovePlanner(source, target);
        assertThrows(MoveException.class, () -> planner.plan(MovePlanRequest.of(List.of(), null), null));
        assertThrows(MoveException.class,
                () -> planner.plan(new MovePlanRequest(chosen(), null, 91, MoveRequest.WAIT, false, false, null),
                        null));
    }

    @Test
    void aListImportedAgainstTheSourcePlansTheAgentsItNames(@TempDir Path folder) throws Exception {
        MovePlanner planner = new MovePlanner(source, target);
        List<AgentSummary> agents = planner.sourceAgents(null);
        AgentListImport imported = AgentLists.resolve("wave-1", List.of("desk-1", "# laptops next", "10.4.0.1",
                inBranch.get(0).toString(), "desk-99", "desk-1"), agents);
        assertEquals(2, imported.problems().size(), imported.problems().toString());
        assertEquals(List.of(5, 6), imported.problems().stream().map(p -> p.line()).toList());

        MovePlan plan = planner.plan(MovePlanRequest.of(imported.agents().stream().map(AgentSummary::id).toList(),
                null), null);
        assertEquals(List.of(online.get(0), roaming.get(0), inBranch.get(0)), plan.namedAgents());

        Path file = folder.resolve("wave-1.json");
        MovePlanFile.save(plan, file);
        assertEquals(plan, MovePlanFile.load(file), "the saved plan reads back as planned");

        Path list = folder.resolve("wave-1.txt");
        Files.writeString(list, "desk-1\n10.4.0.1\ndesk-99\n", StandardCharsets.UTF_8);
        AgentListImport read = AgentLists.read(list, source, null);
        assertEquals(List.of(online.get(0), roaming.get(0)), read.agents().stream().map(AgentSummary::id).toList(),
                "read against the source's agents now");
        assertEquals(List.of(3), read.problems().stream().map(p -> p.line()).toList());
    }
}
