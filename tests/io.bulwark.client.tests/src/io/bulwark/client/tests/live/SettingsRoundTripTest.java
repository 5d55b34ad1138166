package io.bulwark.client.tests.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.Credentials;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerConnection;
import io.bulwark.client.Versioned;
import io.bulwark.client.internal.live.ScopePolicies;
import io.bulwark.client.internal.mapping.SettingsMapping;
import io.bulwark.client.tests.Agents;
import io.bulwark.client.tests.Poll;
import io.bulwark.client.tests.SettingsSamples;
import io.bulwark.model.Agent;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.settings.EffectiveSetting;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyGroups;
import io.bulwark.model.settings.PolicyScope;
import io.bulwark.model.settings.ScanMethod;
import io.bulwark.model.settings.SettingsInheritance;
import io.bulwark.model.tree.AgentTreeIndex;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.settings.EffectiveSettings;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.SettingsScope;
import io.bulwark.test.servers.TestServer;

/**
 * Every settings group written to a real server at the root, a domain and an agent, read into the live model, where
 * inheritance must give exactly what the server's effective view gives, value and origin, group by group.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SettingsRoundTripTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private TestServer server;
    private ServerClient writer;
    private ModelThread model;
    private ServerConnection connection;
    private long branch;
    private long lab;
    private UUID inLab;

    @BeforeAll
    void setUp(@TempDir Path data) throws Exception {
        server = TestServer.start(data.resolve("server"));
        List<UUID> agents = Agents.register(server, 3);
        writer = client();
        branch = writer.createDomain("Branch", null, null).id();
        lab = writer.createDomain("Lab", Long.valueOf(branch), null).id();
        inLab = agents.get(0);
        writer.moveAgents(List.of(inLab), Long.valueOf(lab), UUID.randomUUID().toString(), null);

        put(SettingsScope.root(), SettingsSamples.everyGroupAtTheRoot());
        put(SettingsScope.domain(branch), SettingsSamples.branchOverrides());
        put(SettingsScope.agent(inLab.toString()), SettingsSamples.agentOverrides());

        model = new ModelThread();
        ManagementServer managed = ModelFactory.eINSTANCE.createManagementServer();
        managed.setId("settings-round-trip");
        connection = model.read(() -> new ServerConnection(managed, client(), model.resources, model.executor()));
        connection.open(null);
        connection.refreshPolicy(SettingsScope.agent(inLab.toString()), null);
    }

    @AfterAll
    void tearDown() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[]{connection, writer, model, server}) {
            if (closeable != null) {
                closeable.close();
            }
        }
    }

    private ServerClient client() {
        return new ServerClient(ServerAddress.parse(server.uri().toString()),
                new Credentials("root", server.rootPassword().toCharArray()),
                CertificateFingerprint.parse(server.fingerprint()));
    }

    /** Writes a scope's settings, after checking that the console's own validation accepts them as the server will. */
    private void put(SettingsScope scope, PolicySettings settings) throws Exception {
        Policy policy = SettingsMapping.toModel(settings);
        policy.setScope(SettingsScope.ROOT.equals(scope.kind())
                ? PolicyScope.ROOT
                : SettingsScope.DOMAIN.equals(scope.kind()) ? PolicyScope.DOMAIN : PolicyScope.AGENT);
        Diagnostic check = Diagnostician.INSTANCE.validate(policy);
        assertTrue(check.getSeverity() < Diagnostic.ERROR, () -> "the console accepts the settings for " + scope
                + ": " + check.getChildren());
        String version = writer.policy(scope, null).etag();
        writer.putPolicy(scope, settings, version, null);
    }

    @Test
    @Order(1)
    void inheritanceInTheModelGivesWhatTheServerGivesForEveryGroup() throws Exception {
        EffectiveSettings server = writer.effectiveSettings(SettingsScope.agent(inLab.toString()), null);
        Policy serverView = SettingsMapping.toModel(server.settings());
        Map<EReference, EffectiveSetting> ours = model.read(() -> SettingsInheritance
                .effective(AgentTreeIndex.of(connection.tree()).agent(inLab.toString())));

        for (EReference group : PolicyGroups.all()) {
            String name = PolicyGroups.name(group);
            EffectiveSetting effective = ours.get(group);
            assertNotNull(effective, name + " is in effect for the agent");
            assertTrue(model.read(() -> EcoreUtil.equals(effective.value(), (EObject) serverView.eGet(group))),
                    name + ": the model's effective value is the server's");
            SettingsScope origin = server.origins().get(name);
            assertNotNull(origin, "the server names the origin of " + name);
            assertEquals(origin, model.read(() -> ScopePolicies.scope(effective.owner())),
                    name + " comes from the same scope in the model as on the server");
        }
        assertEquals(SettingsScope.domain(branch), server.origins().get(PolicyGroups.name(
                io.bulwark.model.settings.SettingsPackage.Literals.POLICY__SCAN_METHOD)),
                "the agent in Lab inherits the scan method of Branch, two levels up");
    }

    @Test
    @Order(2)
    void aPolicyReadIntoTheModelWritesBackUnchanged() throws Exception {
        Versioned<io.bulwark.protocol.settings.Policy> before = writer.policy(SettingsScope.domain(branch), null);
        PolicySettings fromModel = model.read(() -> SettingsMapping.toWire(
                AgentTreeIndex.of(connection.tree()).domain(branch).getPolicy()));
        String version = model.read(() -> AgentTreeIndex.of(connection.tree()).domain(branch).getPolicy()
                .getVersion());
        assertEquals(before.etag(), version, "the model keeps the server's version for If-Match");

        writer.putPolicy(SettingsScope.domain(branch), fromModel, version, null);

        assertEquals(before.value().settings(), writer.policy(SettingsScope.domain(branch), null).value().settings());
    }

    /** Runs last: it changes what the agent inherits. */
    @Test
    @Order(3)
    void aSettingsChangeByAnotherClientArrivesThroughTheEventStream() throws Exception {
        put(SettingsScope.domain(lab), SettingsSamples.scanMethodOnly(PolicySettings.STANDARD_SCAN));
        Poll.until(WAIT, "the Lab domain's new scan method arrives", () -> model.read(() -> {
            Policy policy = AgentTreeIndex.of(connection.tree()).domain(lab).getPolicy();
            return policy != null && policy.getScanMethod() != null
                    && policy.getScanMethod().getMethod() == ScanMethod.STANDARD;
        }));
        Agent agent = model.read(() -> AgentTreeIndex.of(connection.tree()).agent(inLab.toString()));
        assertEquals(lab, (long) model.read(() -> ((io.bulwark.model.Domain) SettingsInheritance
                .effective(agent, io.bulwark.model.settings.SettingsPackage.Literals.POLICY__SCAN_METHOD)
                .orElseThrow().owner()).getId()), "the agent now inherits the scan method of Lab");
    }
}
