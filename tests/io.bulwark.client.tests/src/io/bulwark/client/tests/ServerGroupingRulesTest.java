package io.bulwark.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.Credentials;
import io.bulwark.client.ForbiddenException;
import io.bulwark.client.InvalidRequestException;
import io.bulwark.client.NotFoundException;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerGroupingRules;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.admin.AccountRequest;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.admin.GroupingRule;
import io.bulwark.test.servers.TestServer;

/** The grouping-rule calls against one real server process. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerGroupingRulesTest {

    private TestServer server;
    private CertificateFingerprint fingerprint;
    private ServerClient client;
    private Domain branch;
    private Domain lab;

    @BeforeAll
    void startServer(@TempDir Path data) throws Exception {
        server = TestServer.start(data.resolve("server"), "--name", "rules-test");
        fingerprint = CertificateFingerprint.parse(server.fingerprint());
        client = client("root", server.rootPassword());
        branch = client.createDomain("Branch", null, null);
        lab = client.createDomain("Lab", null, null);
    }

    @AfterAll
    void stopServer() throws Exception {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    private ServerClient client(String user, String password) {
        return new ServerClient(ServerAddress.parse(server.uri().toString()),
                new Credentials(user, password.toCharArray()), fingerprint);
    }

    @Test
    void addsChangesAndDeletesARule() throws Exception {
        ServerGroupingRules rules = client.groupingRules();
        GroupingRule added = rules.create("10.20.0.0/16", branch.id(), null, null);
        assertEquals("10.20.0.0/16", added.ipRange());
        assertEquals(Long.valueOf(branch.id()), added.domainId());
        assertTrue(rules.list(null).contains(added), "the new rule is listed");

        GroupingRule changed = rules.update(
                new GroupingRule(added.id(), "10.20.1.10-10.20.1.99", Long.valueOf(lab.id()), added.position()), null);
        assertEquals("10.20.1.10-10.20.1.99", changed.ipRange());
        assertEquals(Long.valueOf(lab.id()), changed.domainId());
        assertTrue(rules.list(null).contains(changed), "the changed rule is listed as changed");

        rules.delete(added.id().longValue(), null);
        assertTrue(rules.list(null).stream().noneMatch(rule -> rule.id().equals(added.id())), "the rule is gone");
        assertThrows(NotFoundException.class, () -> rules.delete(added.id().longValue(), null));
    }

    @Test
    void aBadRangeIsRefusedAndChangesNothing() throws Exception {
        ServerGroupingRules rules = client.groupingRules();
        List<GroupingRule> before = rules.list(null);
        InvalidRequestException refused = assertThrows(InvalidRequestException.class,
                () -> rules.create("10.20.0.0/99", branch.id(), null, null));
        assertEquals("ipRange", refused.details().get("field"));
        assertEquals(before, rules.list(null));
    }

    @Test
    void anOperatorReadsRulesButCannotChangeThem() throws Exception {
        client.administration().createAccount(new AccountRequest("rules-viewer", "operator", "viewer-password-1", null),
                null);
        GroupingRule existing = client.groupingRules().create("192.168.7.0/24", lab.id(), null, null);
        try (ServerClient operator = client("rules-viewer", "viewer-password-1")) {
            assertTrue(operator.groupingRules().list(null).contains(existing), "an operator sees the rules");
            assertThrows(ForbiddenException.class,
                    () -> operator.groupingRules().create("192.168.8.0/24", lab.id(), null, null));
            assertThrows(ForbiddenException.class,
                    () -> operator.groupingRules().delete(existing.id().longValue(), null));
        }
        assertTrue(client.groupingRules().list(null).contains(existing), "the operator changed nothing");
    }
}
