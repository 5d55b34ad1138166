package io.bulwark.server.tests;

import static io.bulwark.server.tests.SettingsSamples.combine;
import static io.bulwark.server.tests.SettingsSamples.of;
import static io.bulwark.server.tests.SettingsSamples.scan;
import static io.bulwark.server.tests.SettingsSamples.scanMethod;
import static io.bulwark.server.tests.SettingsSamples.scans;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.admin.AccountRequest;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.admin.DomainRequest;
import io.bulwark.protocol.settings.EffectiveSettings;
import io.bulwark.protocol.settings.GlobalAgentSettings;
import io.bulwark.protocol.settings.Policy;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.Privileges;
import io.bulwark.protocol.settings.ScanActions;
import io.bulwark.protocol.settings.ScanTypeSettings;
import io.bulwark.protocol.settings.SettingsScope;
import io.bulwark.protocol.settings.SettingsWarning;
import io.bulwark.protocol.settings.UnloadPassword;
import io.bulwark.server.tests.AdminSession.Reply;

/**
 * Settings per scope against a real server: inheritance root → domain → subdomain with the origin of every group,
 * optimistic concurrency with {@code ETag}/{@code If-Match}, idempotent retries, who may write where, validation of
 * every field, and an unload password that never comes back and is stored only as a PBKDF2 hash. On H2 and on
 * PostgreSQL.
 * <p>
 * The agent API is not part of this server yet, so no agent can exist here: agent scope is covered by its refusal of
 * unknown agents; inheritance down to an agent is the same overlay one level further.
 */
class PolicySettingsTest {

    private static final String ROOT = "/api/v1/policies/root";
    private static final String ROOT_PASSWORD = "settings-root-secret";

    @Nested
    class OnH2 extends PolicyContract {
        OnH2() {
            super(Storage.H2);
        }
    }

    @Nested
    class OnPostgresql extends PolicyContract {
        OnPostgresql() {
            super(Storage.POSTGRESQL);
        }
    }

    /**
     * The settings tests, against one server started for all of them; the last one stops it to look into its database.
     */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    abstract static class PolicyContract {

        private final Storage storage;

        private Path dataFolder;
        private TestDatabase database;
        private ServerProcess server;
        private AdminSession root;
        private long validationDomain;

        PolicyContract(Storage storage) {
            this.storage = storage;
        }

        @BeforeAll
        void startServer(@TempDir Path folder) throws Exception {
            dataFolder = folder;
            database = TestDatabase.create(storage);
            server = ServerProcess.start(dataFolder, database, "--root-password", ROOT_PASSWORD);
            root = AdminSession.login(server, "root", ROOT_PASSWORD);
            validationDomain = createDomain("Validation", null);
        }

        @AfterAll
        void stopServer() throws Exception {
            Fixtures.closeAll(root, server, database);
        }

        @Test
        void rootStartsCompleteWithTheOriginalsDefaults() throws Exception {
            Policy policy = read(root, ROOT);

            assertEquals(SettingsScope.root(), policy.scope());
            assertTrue(policy.version() >= 1);
            PolicySettings settings = policy.settings();
            assertEquals("smart", settings.scanMethod());
            assertEquals("standard", settings.updateSources().mode());
            assertEquals(false, settings.privileges().unloadPassword().set());
            assertEquals(false, settings.privileges().updateComponentsOnly());
            assertEquals("weekly", settings.scanSettings().scheduled().schedule().frequency());
            assertEquals(new ScanActions("clean", "quarantine"), settings.scanSettings().manual().actions());
            assertEquals(true, settings.updateSettings().afterServerDownload());
            assertEquals(true, settings.updateSettings().onAgentRestart());
            assertEquals(List.of(), policy.warnings());
        }

        @Test
        void effectiveSettingsNameTheOriginOfEveryGroupFromRootThroughDomainAndSubdomain() throws Exception {
            long branch = createDomain("Branch", null);
            long office = createDomain("Office", branch);
            ScanTypeSettings realTime = scan("delete", null,
                    List.of("D:\\Exchsrvr\\mdbdata", "$ProgramFiles\\Exchange"));
            ScanTypeSettings scheduled = SettingsSamples.scheduledScan("02:30");
            write(root, domain(branch),
                    combine(scanMethod("standard"), of(scans(null, realTime, scheduled, null)),
                            of(SettingsSamples.updates("04:00")), of(SettingsSamples.customSources())));
            ScanTypeSettings manual = scan("rename", null, List.of("\\\\fileserver\\share\\archive"));
            Privileges privileges = SettingsSamples.privileges("require_password",
                    new UnloadPassword(null, "office-unload-1"));
            write(root, domain(office),
                    combine(scanMethod("smart"), of(scans(manual, null, null, null)), of(privileges),
                            of(SettingsSamples.webReputation("high")), of(SettingsSamples.firewall("Office"))));
            Policy rootBefore = read(root, ROOT);
            ScanTypeSettings scanNow = scan("pass", null, List.of("C:\\"));
            GlobalAgentSettings global = SettingsSamples.global(7);
            write(root, ROOT, combine(rootBefore.settings(),
                    of(scans(null, null, null, scanNow)), of(global)));

            EffectiveSettings atOffice = effective(domain(office));
            SettingsScope fromRoot = SettingsScope.root();
            SettingsScope fromBranch = SettingsScope.domain(branch);
            SettingsScope fromOffice = SettingsScope.domain(office);
            assertEquals(SettingsScope.domain(office), atOffice.scope());
            assertEquals(Map.ofEntries(Map.entry("scanMethod", fromOffice),
                    Map.entry("scanSettings.manual", fromOffice),
                    Map.entry("scanSettings.realTime", fromBranch), Map.entry("scanSettings.scheduled", fromBranch),
                    Map.entry("scanSettings.scanNow", fromRoot), Map.entry("privileges", fromOffice),
                    Map.entry("updateSettings", fromBranch), Map.entry("updateSources", fromBranch),
                    Map.entry("webReputation", fromOffice), Map.entry("firewall", fromOffice),
                    Map.entry("globalSettings", fromRoot)), atOffice.origins());
            PolicySettings officeSettings = atOffice.settings();
            assertEquals("smart", officeSettings.scanMethod());
            assertEquals(manual, officeSettings.scanSettings().manual());
            assertEquals(realTime, officeSettings.scanSettings().realTime());
            assertEquals(scheduled, officeSettings.scanSettings().scheduled());
            assertEquals(scanNow, officeSettings.scanSettings().scanNow(), "a root change reaches the subdomain");
            assertEquals(SettingsSamples.privileges("require_password", UnloadPassword.shown(true)),
                    officeSettings.privileges());
            assertEquals(SettingsSamples.updates("04:00"), officeSettings.updateSettings());
            assertEquals(SettingsSamples.customSources(), officeSettings.updateSources());
            assertEquals(SettingsSamples.webReputation("high"), officeSettings.webReputation());
            assertEquals(SettingsSamples.firewall("Office"), officeSettings.firewall());
            assertEquals(global, officeSettings.globalSettings());
            assertTrue(fields(atOffice.warnings()).containsAll(List.of("updateSources.custom[1].ipRange",
                    "updateSources.custom[3].ipRange", "updateSources.custom[1].updateAgentId")),
                    "inherited overlapping ranges and the unknown update agent are reported: " + atOffice.warnings());

            EffectiveSettings atBranch = effective(domain(branch));
            assertEquals("standard", atBranch.settings().scanMethod());
            assertEquals(fromBranch, atBranch.origins().get("scanMethod"));
            assertEquals(fromRoot, atBranch.origins().get("scanSettings.manual"));
            assertEquals(fromRoot, atBranch.origins().get("firewall"));
            assertEquals(rootBefore.settings().firewall(), atBranch.settings().firewall());

            PolicySettings officeOwn = read(root, domain(office)).settings();
            write(root, domain(office), new PolicySettings(null, officeOwn.scanSettings(), officeOwn.privileges(),
                    null, null, officeOwn.webReputation(), officeOwn.firewall(), null));
            EffectiveSettings afterDrop = effective(domain(office));
            assertEquals("standard", afterDrop.settings().scanMethod(), "a dropped override inherits again");
            assertEquals(fromBranch, afterDrop.origins().get("scanMethod"));

            EffectiveSettings atRoot = effective(ROOT);
            assertTrue(atRoot.origins().values().stream().allMatch(fromRoot::equals), atRoot.origins().toString());
            assertEquals(read(root, ROOT).settings(), atRoot.settings());
        }

        @Test
        void readReportsOverlappingUpdateSourceRangesAsWarningsButAcceptsThem() throws Exception {
            long id = createDomain("Overlaps", null);

            Policy written = write(root, domain(id), of(SettingsSamples.customSources()));

            List<SettingsWarning> warnings = read(root, domain(id)).warnings();
            assertEquals(written.warnings(), warnings);
            assertEquals(List.of("updateSources.custom[1].ipRange", "updateSources.custom[1].updateAgentId",
                    "updateSources.custom[3].ipRange"), fields(warnings).stream().sorted().toList());
            assertTrue(warnings.get(0).message().contains("10.20.0.0/16"), warnings.toString());
        }

        @Test
        void staleIfMatchIsRefusedWith412AndChangesNothing() throws Exception {
            long id = createDomain("Stale", null);
            Policy first = write(root, domain(id), scanMethod("standard"));

            Reply stale = root.send("PUT", domain(id), scanMethod("smart"), "If-Match", "\"0\"");

            assertEquals(412, stale.status(), stale.body());
            assertEquals("precondition_failed", stale.error().error());
            assertEquals("\"" + first.version() + "\"", stale.header("ETag").orElseThrow());
            Policy after = read(root, domain(id));
            assertEquals(first.version(), after.version());
            assertEquals("standard", after.settings().scanMethod());
        }

        @Test
        void writeWithoutIfMatchIsRefusedWith428() throws Exception {
            Policy before = read(root, ROOT);

            Reply missing = root.send("PUT", ROOT, before.settings());
            Reply wildcard = root.send("PUT", ROOT, before.settings(), "If-Match", "*");

            assertEquals(428, missing.status(), missing.body());
            assertEquals("precondition_required", missing.error().error());
            assertEquals(428, wildcard.status(), wildcard.body());
            assertEquals(before.version(), read(root, ROOT).version());
        }

        @Test
        void retryWithTheSameIdempotencyKeyIsAppliedOnce() throws Exception {
            long id = createDomain("Retried", null);
            String key = "settings-" + UUID.randomUUID();

            Reply first = root.send("PUT", domain(id), scanMethod("standard"), "If-Match", "\"0\"", "Idempotency-Key",
                    key);
            Reply retry = root.send("PUT", domain(id), scanMethod("standard"), "If-Match", "\"0\"",
                    "Idempotency-Key", key);

            assertEquals(200, first.status(), first.body());
            assertEquals(200, retry.status(), retry.body());
            assertEquals("true", retry.header("Idempotent-Replayed").orElseThrow());
            assertEquals(1, retry.as(Policy.class).version());
            assertEquals("\"1\"", retry.header("ETag").orElseThrow());
            assertEquals(1, read(root, domain(id)).version(), "the version went up once");
        }

        @Test
        void operatorMayReadButNotWriteSettings() throws Exception {
            long id = createDomain("Watched", null);
            createAccount("settings-operator", "operator", List.of());
            try (AdminSession operator = AdminSession.login(server, "settings-operator", "operator-secret-1")) {
                Policy before = read(operator, domain(id));

                Reply refused = operator.send("PUT", domain(id), scanMethod("standard"), "If-Match", "\"0\"");
                Reply refusedRoot = operator.send("PUT", ROOT, read(operator, ROOT).settings(), "If-Match",
                        "\"" + read(operator, ROOT).version() + "\"");

                assertEquals(403, refused.status(), refused.body());
                assertEquals(403, refusedRoot.status(), refusedRoot.body());
                assertEquals(before, read(root, domain(id)));
            }
        }

        @Test
        void scopedAdministratorWritesItsDomainsOnly() throws Exception {
            long own = createDomain("Delegated", null);
            long below = createDomain("Delegated child", own);
            long other = createDomain("Not delegated", null);
            createAccount("settings-admin", "administrator", List.of(own));
            try (AdminSession admin = AdminSession.login(server, "settings-admin", "operator-secret-1")) {
                Reply ownWrite = admin.send("PUT", domain(below), scanMethod("standard"), "If-Match", "\"0\"");
                Reply otherWrite = admin.send("PUT", domain(other), scanMethod("standard"), "If-Match", "\"0\"");
                Policy rootPolicy = read(admin, ROOT);
                Reply rootWrite = admin.send("PUT", ROOT, rootPolicy.settings(), "If-Match",
                        "\"" + rootPolicy.version() + "\"");

                assertEquals(200, ownWrite.status(), ownWrite.body());
                assertEquals(403, otherWrite.status(), otherWrite.body());
                assertEquals(403, rootWrite.status(), rootWrite.body());
                assertEquals(0, read(root, domain(other)).version());
                assertEquals(rootPolicy.version(), read(root, ROOT).version());
            }
        }

        @Test
        void unloadPasswordIsNeverReturnedOnlyWhetherOneIsSet() throws Exception {
            long id = createDomain("Locked", null);
            String password = "never-shown-unload-7";

            Reply set = root.send("PUT", domain(id),
                    of(SettingsSamples.privileges("require_password", new UnloadPassword(null, password))),
                    "If-Match", "\"0\"");

            assertEquals(200, set.status(), set.body());
            assertFalse(set.body().contains(password), set.body());
            Reply read = root.get(domain(id));
            Reply effective = root.get(domain(id) + "/effective");
            for (Reply reply : List.of(set, read, effective)) {
                assertFalse(reply.body().contains(password), reply.body());
                assertFalse(reply.body().contains("\"password\""), reply.body());
            }
            assertEquals(UnloadPassword.shown(true), read.as(Policy.class).settings().privileges().unloadPassword());

            Policy kept = write(root, domain(id), read.as(Policy.class).settings());
            assertEquals(UnloadPassword.shown(true), kept.settings().privileges().unloadPassword(),
                    "sending back what was read keeps the password");

            Reply removedWhileRequired = root.send("PUT", domain(id),
                    of(SettingsSamples.privileges("require_password", UnloadPassword.shown(false))), "If-Match",
                    "\"" + kept.version() + "\"");
            assertInvalid(removedWhileRequired, "privileges.unloadPassword");

            Policy removed = write(root, domain(id),
                    of(SettingsSamples.privileges("allow", UnloadPassword.shown(false))));
            assertEquals(UnloadPassword.shown(false), removed.settings().privileges().unloadPassword());
        }

        @Test
        @Order(Integer.MAX_VALUE)
        void unloadPasswordIsStoredOnlyAsPbkdf2Hash() throws Exception {
            long id = createDomain("Hashed", null);
            String password = "plain-unload-password-42";
            Reply written = root.send("PUT", domain(id),
                    of(SettingsSamples.privileges("require_password", new UnloadPassword(null, password))),
                    "If-Match", "\"0\"", "Idempotency-Key", "unload-password-" + id);
            assertEquals(200, written.status(), written.body());

            server.stop();

            assertFalse(server.output().contains(password), "never printed");
            try (Connection db = database.connect(dataFolder)) {
                try (PreparedStatement query = db.prepareStatement("SELECT * FROM policy WHERE scope_key = ?")) {
                    query.setString(1, "domain:" + id);
                    try (ResultSet row = query.executeQuery()) {
                        assertTrue(row.next(), "the domain's settings are stored");
                        assertEquals("PBKDF2WithHmacSHA256", row.getString("unload_password_algorithm"));
                        byte[] salt = Base64.getDecoder().decode(row.getString("unload_password_salt"));
                        byte[] hash = Base64.getDecoder().decode(row.getString("unload_password_hash"));
                        assertTrue(salt.length >= 16, "salt of at least 16 bytes");
                        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt,
                                row.getInt("unload_password_iterations"), hash.length * 8);
                        assertArrayEquals(hash,
                                SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded(),
                                "the stored hash is PBKDF2 of the password with the stored salt and iterations");
                        assertTrue(row.getString("document").contains("\"unloadPassword\":{\"set\":true}"));
                    }
                }
                for (String table : List.of("policy", "audit_entry", "idempotency_record", "agent_command")) {
                    assertNowhereIn(db, table, password);
                }
            }
        }

        private static void assertNowhereIn(Connection db, String table, String text) throws Exception {
            try (Statement query = db.createStatement();
                    ResultSet rows = query.executeQuery("SELECT * FROM " + table)) {
                ResultSetMetaData columns = rows.getMetaData();
                while (rows.next()) {
                    for (int column = 1; column <= columns.getColumnCount(); column++) {
                        String value = rows.getString(column);
                        assertFalse(value != null && value.contains(text),
                                table + "." + columns.getColumnName(column) + " holds the password");
                    }
                }
            }
        }

        @Test
        void unknownScopesAre404() throws Exception {
            String agent = "/api/v1/policies/agents/" + UUID.randomUUID();
            for (String path : List.of(agent, agent + "/effective", "/api/v1/policies/agents/not-a-guid",
                    "/api/v1/policies/domains/987654", "/api/v1/policies/domains/987654/effective",
                    "/api/v1/policies/domains/abc")) {
                Reply reply = root.get(path);
                assertEquals(404, reply.status(), path + ": " + reply.body());
                assertEquals("not_found", reply.error().error());
            }
            Reply write = root.send("PUT", agent, scanMethod("standard"), "If-Match", "\"0\"");
            assertEquals(404, write.status(), write.body());
        }

        @Test
        void deletingADomainTakesItsSettingsWithIt() throws Exception {
            long id = createDomain("Short-lived", null);
            write(root, domain(id), scanMethod("standard"));

            Reply deleted = root.send("DELETE", "/api/v1/domains/" + id, null);

            assertEquals(204, deleted.status(), deleted.body());
            assertEquals(404, root.get(domain(id)).status());
        }

        @ParameterizedTest
        @MethodSource("io.bulwark.server.tests.InvalidPolicySettings#invalidSettings")
        void invalidFieldIsRefusedByNameAndChangesNothing(boolean atRoot, UnaryOperator<PolicySettings> change,
                String field) throws Exception {
            String path = atRoot ? ROOT : domain(validationDomain);
            Policy before = read(root, path);

            Reply refused = root.send("PUT", path, change.apply(before.settings()), "If-Match",
                    "\"" + before.version() + "\"");

            assertInvalid(refused, field);
            assertEquals(before, read(root, path));
        }

        private static void assertInvalid(Reply reply, String field) {
            assertEquals(400, reply.status(), reply.body());
            ApiError error = reply.error();
            assertEquals("invalid_field", error.error(), reply.body());
            assertEquals(field, error.details().get("field"), error.message());
        }

        private static List<String> fields(List<SettingsWarning> warnings) {
            return warnings.stream().map(SettingsWarning::field).toList();
        }

        private static String domain(long id) {
            return "/api/v1/policies/domains/" + id;
        }

        private long createDomain(String name, Long parent) throws Exception {
            Reply created = root.post("/api/v1/domains", new DomainRequest(name, parent, null));
            assertEquals(201, created.status(), created.body());
            return created.as(Domain.class).id();
        }

        private void createAccount(String user, String role, List<Long> domains) throws Exception {
            Reply created = root.post("/api/v1/accounts",
                    new AccountRequest(user, role, "operator-secret-1", role.equals("operator") ? null : domains));
            assertEquals(201, created.status(), created.body());
        }

        private static Policy read(AdminSession session, String path) throws Exception {
            Reply reply = session.get(path);
            assertEquals(200, reply.status(), reply.body());
            Policy policy = reply.as(Policy.class);
            assertEquals("\"" + policy.version() + "\"", reply.header("ETag").orElseThrow());
            if (policy.settings().privileges() != null) {
                assertNull(policy.settings().privileges().unloadPassword().password(), "never returned");
            }
            return policy;
        }

        private static Policy write(AdminSession session, String path, PolicySettings settings) throws Exception {
            long version = read(session, path).version();
            Reply reply = session.send("PUT", path, settings, "If-Match", "\"" + version + "\"");
            assertEquals(200, reply.status(), reply.body());
            Policy written = reply.as(Policy.class);
            assertEquals(version + 1, written.version());
            assertEquals("\"" + written.version() + "\"", reply.header("ETag").orElseThrow());
            return written;
        }

        private EffectiveSettings effective(String path) throws Exception {
            Reply reply = root.get(path + "/effective");
            assertEquals(200, reply.status(), reply.body());
            return reply.as(EffectiveSettings.class);
        }
    }
}
