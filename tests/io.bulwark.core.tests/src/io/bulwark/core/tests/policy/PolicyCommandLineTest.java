package io.bulwark.core.tests.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.ServerClient;
import io.bulwark.core.internal.cli.PolicyApplication;
import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.model.settings.ScanMethod;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.settings.SettingsScope;
import io.bulwark.test.servers.TestServer;

/**
 * {@code bulwark policy} against a real server, run in process with its own streams and environment: pull, edit the
 * file by hand, diff, apply --plan-only, apply, a conflict resolved on the command line, and refused input that writes
 * nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PolicyCommandLineTest {

    private TestServer server;
    private ServerClient client;
    private Path folder;

    /** What one run printed and answered. */
    private record Run(int exit, String out, String err) {
    }

    @BeforeAll
    void startServer(@TempDir Path data) throws Exception {
        server = TestServer.start(data.resolve("server"), "--name", "policy-cli");
        client = ServerSide.client(server);
        folder = data.resolve("workspace");
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

    @Test
    void pullEditDiffPlanApplyAndResolveAConflict() throws Exception {
        Domain domain = client.createDomain("Cli", null, null);
        SettingsScope scope = SettingsScope.domain(domain.id());

        Run pull = run("pull", "--scope", "domain:cli");
        assertEquals(0, pull.exit(), pull.toString());
        Path file = new PolicyWorkspace(folder).file(ServerSide.target(server, "Cli"));
        assertTrue(Files.isRegularFile(file), pull.out());
        assertTrue(pull.out().contains("domain:Cli (version 0)"), pull.out());

        String text = Files.readString(file);
        int settings = text.lastIndexOf("\"settings\": {}");
        Files.writeString(file, text.substring(0, settings)
                + "\"settings\": {\n    \"scanMethod\": {\n      \"method\": \"standard\"\n    }\n  }"
                + text.substring(settings + "\"settings\": {}".length()));

        Run diff = run("diff", "--scope", "domain:Cli");
        assertEquals(1, diff.exit(), diff.toString());
        assertTrue(diff.out().contains("+ scanMethod: {\"method\":\"standard\"}"), diff.out());

        Run plan = run("apply", "--scope", "domain:Cli", "--plan-only");
        assertEquals(0, plan.exit(), plan.toString());
        assertTrue(plan.out().contains("write  + scanMethod"), plan.out());
        assertEquals(0, ServerSide.version(client, scope), "--plan-only writes nothing");

        Run applied = run("apply", "--scope", "domain:Cli");
        assertEquals(0, applied.exit(), applied.toString());
        assertTrue(applied.out().contains("written, version 1"), applied.out());
        assertEquals(ScanMethod.STANDARD, ServerSide.read(client, scope).getScanMethod().getMethod());
        assertEquals(0, run("diff", "--scope", "domain:Cli").exit());

        ServerSide.change(client, scope, policy -> policy.getScanMethod().setMethod(ScanMethod.SMART));
        text = Files.readString(file);
        settings = text.lastIndexOf("\"settings\": {");
        Files.writeString(file, text.substring(0, settings) + "\"settings\": {}\n}\n");
        byte[] edited = Files.readAllBytes(file);

        Run conflictPlan = run("apply", "--scope", "domain:Cli", "--plan-only");
        assertEquals(1, conflictPlan.exit(), conflictPlan.toString());
        assertTrue(conflictPlan.out().contains(
                "CONFLICT scanMethod: base {\"method\":\"standard\"}, theirs {\"method\":\"smart\"}, yours (inherited)"),
                conflictPlan.out());
        Run conflicting = run("apply", "--scope", "domain:Cli");
        assertEquals(1, conflicting.exit(), conflicting.toString());
        assertTrue(conflicting.err().contains("Nothing was written: 1 conflict(s)"), conflicting.err());
        assertEquals(2, ServerSide.version(client, scope));
        assertArrayEquals(edited, Files.readAllBytes(file));

        Run unknownPath = run("apply", "--scope", "domain:Cli", "--resolve", "firewall=yours");
        assertEquals(2, unknownPath.exit(), unknownPath.toString());
        assertEquals(2, ServerSide.version(client, scope));

        Run resolved = run("apply", "--scope", "domain:Cli", "--resolve", "scanMethod=yours");
        assertEquals(0, resolved.exit(), resolved.toString());
        assertNull(ServerSide.read(client, scope).getScanMethod(), "the domain inherits the scan method again");
        assertEquals(3, ServerSide.version(client, scope));
    }

    @Test
    void aTemplateMadeFromACopyIsPreviewedAtAnotherDomain() throws Exception {
        Domain source = client.createDomain("Source", null, null);
        client.createDomain("Target", null, null);
        ServerSide.change(client, SettingsScope.domain(source.id()),
                policy -> policy.setScanMethod(Settings.scanMethod(ScanMethod.STANDARD)));
        assertEquals(0, run("pull", "--scope", "domain:Source").exit());

        Run template = run("template", "--name", "Standard scan", "--scope", "domain:Source");
        assertEquals(0, template.exit(), template.toString());
        assertTrue(template.out().contains("with: scanMethod"), template.out());

        Run plan = run("apply", "--template", "Standard scan", "--scope", "domain:Target", "--plan-only");
        assertEquals(0, plan.exit(), plan.toString());
        assertTrue(plan.out().contains("first apply to this target"), plan.out());
        assertTrue(plan.out().contains("write  + scanMethod: {\"method\":\"standard\"}"), plan.out());
    }

    @Test
    void refusedInputAndBrokenFilesWriteNothingAndSaySo() throws Exception {
        Run none = run(new String[0]);
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("Usage: bulwark policy pull|diff|apply|template"), none.err());
        for (String command : List.of("pull", "diff", "apply", "template")) {
            Run help = run(new String[]{command, "--help"});
            assertEquals(0, help.exit(), command);
            assertTrue(help.out().startsWith("Usage: bulwark policy " + command), help.out());
        }
        Run unknown = run("apply", "--bogus", "x");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("Unknown option '--bogus'"), unknown.err());
        Run badScope = run("pull", "--scope", "domain://");
        assertEquals(2, badScope.exit());
        assertTrue(badScope.err().contains("is not a domain path"), badScope.err());
        Run noServer = run(new String[]{"diff", "--workspace", folder.toString()});
        assertEquals(2, noServer.exit());
        assertTrue(noServer.err().contains("takes exactly one --server"), noServer.err());
        Run missing = run("pull", "--scope", "domain:Nowhere");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("has no domain \"Nowhere\""), missing.err());
        Run noPassword = run(arguments("pull"), Map.of());
        assertEquals(2, noPassword.exit());
        assertTrue(noPassword.err().contains("set BULWARK_PASSWORD"), noPassword.err());

        client.createDomain("Broken", null, null);
        assertEquals(0, run("pull", "--scope", "domain:Broken").exit());
        Path file = new PolicyWorkspace(folder).file(ServerSide.target(server, "Broken"));
        Files.writeString(file, Files.readString(file).replace("\"scope\": \"domain:Broken\"", "\"scope\": 17"));
        byte[] broken = Files.readAllBytes(file);

        Run diff = run("diff", "--scope", "domain:Broken");
        assertEquals(2, diff.exit(), diff.toString());
        assertTrue(diff.err().contains(file + ", line "), diff.err());
        assertTrue(diff.err().contains("\"scope\" must be text in quotes"), diff.err());
        Run apply = run("apply", "--scope", "domain:Broken");
        assertEquals(2, apply.exit(), apply.toString());
        Run pullAgain = run("pull", "--scope", "domain:Broken");
        assertEquals(2, pullAgain.exit(), "a broken file is not silently replaced");
        assertArrayEquals(broken, Files.readAllBytes(file));
        assertFalse(pullAgain.err().isEmpty());
        assertEquals(0, run("pull", "--scope", "domain:Broken", "--discard-local").exit());
        assertEquals(0, run("diff", "--scope", "domain:Broken").exit());
    }

    /** Runs {@code bulwark policy COMMAND OPTIONS} against the server, with its password in the environment. */
    private Run run(String command, String... options) {
        return run(arguments(command, options));
    }

    private String[] arguments(String command, String... options) {
        List<String> args = new ArrayList<>(List.of(command, "--server", server.uri().toString(), "--fingerprint",
                server.fingerprint(), "--workspace", folder.toString()));
        args.addAll(List.of(options));
        return args.toArray(String[]::new);
    }

    private Run run(String[] args) {
        return run(args, Map.of("BULWARK_PASSWORD", server.rootPassword()));
    }

    private static Run run(String[] args, Map<String, String> environment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = new PolicyApplication(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), environment::get).run(args);
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
