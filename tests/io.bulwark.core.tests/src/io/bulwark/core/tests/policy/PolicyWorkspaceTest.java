package io.bulwark.core.tests.policy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.ServerAddress;
import io.bulwark.core.policy.PolicyBase;
import io.bulwark.core.policy.PolicyFileException;
import io.bulwark.core.policy.PolicyTarget;
import io.bulwark.core.policy.PolicyTemplate;
import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.core.policy.ScopePolicy;
import io.bulwark.core.policy.WorkspaceScope;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyGroups;
import io.bulwark.model.settings.PolicyScope;
import io.bulwark.model.settings.ScanMethod;
import io.bulwark.model.settings.SettingsPackage;

/**
 * The workspace on disk, without any server: the stable file format, strict reading with the line of every problem,
 * atomic saves that keep the last good copy, and file names for any domain or template name.
 */
class PolicyWorkspaceTest {

    private static final ServerAddress SERVER = ServerAddress.parse("https://127.0.0.1:4343");
    private static final PolicyTarget LAB = new PolicyTarget(SERVER, WorkspaceScope.domain("Branch/Lab"));

    @TempDir
    Path folder;

    private PolicyWorkspace workspace;

    @BeforeEach
    void emptyWorkspace() {
        workspace = new PolicyWorkspace(folder);
    }

    @Test
    void aCopyIsWrittenAsStableJsonWithSortedMembersAndReadBack() throws Exception {
        Policy settings = Settings.domain();
        settings.setScanMethod(Settings.scanMethod(ScanMethod.STANDARD));
        ScopePolicy copy = new ScopePolicy(LAB, new PolicyBase(0, Settings.domain()), settings);

        workspace.save(copy);

        Path file = workspace.file(LAB);
        assertEquals(folder.resolve("servers/127.0.0.1_4343/domains/Branch/Lab.json"), file);
        assertEquals("""
                {
                  "base": {
                    "settings": {},
                    "version": 0
                  },
                  "format": "bulwark-policy",
                  "formatVersion": 1,
                  "scope": "domain:Branch/Lab",
                  "server": "https://127.0.0.1:4343",
                  "settings": {
                    "scanMethod": {
                      "method": "standard"
                    }
                  }
                }
                """, Files.readString(file));
        ScopePolicy read = workspace.read(LAB);
        assertEquals(LAB, read.target());
        assertEquals(file, workspace.file(new PolicyTarget(SERVER, WorkspaceScope.domain("BRANCH/lab"))),
                "domain names match ignoring case, as on the server");
        assertEquals(ScanMethod.STANDARD, read.settings().getScanMethod().getMethod());
        assertTrue(read.hasLocalChanges());
        byte[] first = Files.readAllBytes(file);
        workspace.save(read);
        assertArrayEquals(first, Files.readAllBytes(file), "saving what was read writes the same bytes");
    }

    @Test
    void listsAreWrittenOneElementPerLineInTheirOrder() throws Exception {
        Policy settings = Settings.domain();
        settings.setUpdateSources(Settings.customSources("10.2.0.0/16", "10.1.0.0/16"));
        workspace.save(new ScopePolicy(LAB, new PolicyBase(4, EcoreUtil.copy(settings)), settings));

        String text = Files.readString(workspace.file(LAB));

        assertTrue(text.contains("""
                    "updateSources": {
                      "custom": [
                        {
                          "ipRange": "10.2.0.0/16",
                          "url": "https://au.example/10.2.0.0/16"
                        },
                        {
                          "ipRange": "10.1.0.0/16",
                          "url": "https://au.example/10.1.0.0/16"
                        }
                      ],
                      "fallbackToServer": true,
                      "mode": "custom"
                    }
                """), text);
        assertFalse(workspace.read(LAB).hasLocalChanges());
    }

    @Test
    void aHandBrokenValueIsReportedWithFileAndLineAndTheLastGoodCopySurvives() throws Exception {
        Policy settings = Settings.domain();
        settings.setScanMethod(Settings.scanMethod(ScanMethod.STANDARD));
        workspace.save(new ScopePolicy(LAB, new PolicyBase(1, Settings.domain()), settings));
        settings.getScanMethod().setMethod(ScanMethod.SMART);
        workspace.save(new ScopePolicy(LAB, new PolicyBase(2, Settings.domain()), settings));
        Path file = workspace.file(LAB);
        Path backup = PolicyWorkspace.backup(file);
        byte[] lastGood = Files.readAllBytes(backup);

        Files.writeString(file, Files.readString(file).replace("\"smart\"", "\"smrt\""));
        PolicyFileException broken = assertThrows(PolicyFileException.class, () -> workspace.read(LAB));

        assertEquals(file, broken.file());
        assertEquals(line(file, "smrt"), broken.line());
        assertTrue(broken.getMessage().contains(file + ", line " + broken.line() + ":"), broken.getMessage());
        assertTrue(broken.getMessage().contains("\"method\" cannot be \"smrt\"; it is one of smart, standard"),
                broken.getMessage());
        assertTrue(broken.getMessage().contains("The last good copy is " + backup), broken.getMessage());

        workspace.save(new ScopePolicy(LAB, new PolicyBase(3, Settings.domain()), settings));
        assertArrayEquals(lastGood, Files.readAllBytes(backup), "a broken file never replaces the last good copy");
        assertEquals(3, workspace.read(LAB).base().version(), "saving over a broken file writes a good one");
    }

    @Test
    void brokenJsonUnknownMembersAndBrokenRulesAreReportedAtTheirLines() throws Exception {
        Policy settings = Settings.domain();
        settings.setUpdateSources(Settings.customSources("10.1.0.0/16"));
        workspace.save(new ScopePolicy(LAB, new PolicyBase(1, EcoreUtil.copy(settings)), settings));
        Path file = workspace.file(LAB);
        String good = Files.readString(file);

        Files.writeString(file, good.replace("\"mode\": \"custom\"", "\"mode\": \"custom\","));
        assertProblem(file, line(file, "\"mode\": \"custom\",") + 1, "this is not valid JSON");

        Files.writeString(file, good.replace("\"fallbackToServer\"", "\"fallbackToSever\""));
        assertProblem(file, line(file, "fallbackToSever"), "unknown member \"fallbackToSever\" in UpdateSources");

        Files.writeString(file, good.replace("\"fallbackToServer\": true", "\"fallbackToServer\": \"yes\""));
        assertProblem(file, line(file, "\"yes\""), "\"fallbackToServer\" must be true or false");

        int settingsUrl = good.lastIndexOf("\"url\"");
        Files.writeString(file, good.substring(0, settingsUrl)
                + good.substring(settingsUrl).replaceFirst("\"url\": \"[^\"]*\"", "\"url\": null"));
        assertProblem(file, line(file, "\"url\": null"), "the settings break a rule");

        Files.writeString(file, good.replace("\"format\": \"bulwark-policy\"", "\"format\": \"something\""));
        assertProblem(file, line(file, "something"), "this is not a workspace file");
    }

    @Test
    void theWorkspaceKeepsNoUnloadPassword() throws Exception {
        Policy settings = Settings.domain();
        settings.setPrivileges(Settings.privilegesKeepingPassword());
        workspace.save(new ScopePolicy(LAB, new PolicyBase(1, EcoreUtil.copy(settings)), settings));
        Path file = workspace.file(LAB);
        String text = Files.readString(file);
        assertTrue(text.contains("\"unloadPassword\": {\n        \"set\": true\n      }"), text);

        Files.writeString(file, text.replace("\"set\": true\n      }", "\"password\": \"hunter2hunter2\"\n      }"));

        assertProblem(file, line(file, "hunter2"), "the workspace keeps no unload password");
    }

    @Test
    void aFileHoldingAnotherScopeIsRefused() throws Exception {
        workspace.save(new ScopePolicy(LAB, new PolicyBase(1, Settings.domain()), Settings.domain()));
        PolicyTarget office = new PolicyTarget(SERVER, WorkspaceScope.domain("Branch/Office"));
        Files.copy(workspace.file(LAB), workspace.file(office));

        PolicyFileException refused = assertThrows(PolicyFileException.class, () -> workspace.read(office));

        assertTrue(refused.getMessage().contains("holds the policy of " + LAB), refused.getMessage());
    }

    @Test
    void anyDomainNameMakesASafeFileNameThatListsBackAsTheSameScope() throws Exception {
        UUID agent = UUID.fromString("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        List<WorkspaceScope> scopes = List.of(WorkspaceScope.domain("..\\Sales: EMEA %1"),
                WorkspaceScope.domain("..\\Sales: EMEA %1/.hidden ./Ünïcode 東京"), WorkspaceScope.agent(agent));
        for (WorkspaceScope scope : scopes) {
            Policy settings = Settings.domain();
            settings.setScope(scope.policyScope());
            workspace.save(new ScopePolicy(new PolicyTarget(SERVER, scope), new PolicyBase(1, settings),
                    EcoreUtil.copy(settings)));
        }

        List<WorkspaceScope> listed = workspace.scopes(ServerAddress.parse("https://127.0.0.1:4343"));

        assertEquals(scopes, listed);
        assertEquals(scopes.get(1).domainPath(), listed.get(1).domainPath());
        try (var files = Files.walk(folder)) {
            assertTrue(files.allMatch(path -> path.startsWith(folder)
                    && !path.getFileName().toString().startsWith(".")), "no file escapes or hides");
        }
    }

    @Test
    void aTemplateKeepsABasePerTargetInTargetOrder() throws Exception {
        Policy settings = Settings.domain();
        settings.setScope(PolicyScope.TEMPLATE);
        settings.setScanMethod(Settings.scanMethod(ScanMethod.STANDARD));
        PolicyTarget second = new PolicyTarget(ServerAddress.parse("https://10.0.0.2:4343"), WorkspaceScope.root());
        PolicyTemplate template = new PolicyTemplate("Branch offices", settings, Map.of())
                .withBase(second, new PolicyBase(7, Settings.domain())).withBase(LAB, new PolicyBase(3,
                        Settings.domain()));

        workspace.save(template);

        assertEquals(List.of("Branch offices"), workspace.templates());
        PolicyTemplate read = workspace.readTemplate("branch offices");
        assertEquals(List.of(second, LAB), List.copyOf(read.bases().keySet()));
        assertEquals(7, read.bases().get(second).version());
        String text = Files.readString(workspace.templateFile("Branch offices"));
        assertTrue(text.indexOf("10.0.0.2") < text.indexOf("127.0.0.1"), text);
    }

    @Test
    void aTemplateMadeFromACopyTakesTheChosenGroupsTheCopySets() throws Exception {
        Policy copy = Settings.domain();
        copy.setScanMethod(Settings.scanMethod(ScanMethod.STANDARD));
        copy.setUpdateSources(Settings.customSources("10.8.0.0/16"));

        PolicyTemplate template = PolicyTemplate.of("Scans", copy,
                List.of(SettingsPackage.Literals.POLICY__SCAN_METHOD, SettingsPackage.Literals.POLICY__FIREWALL));

        assertEquals(PolicyScope.TEMPLATE, template.settings().getScope());
        assertEquals(ScanMethod.STANDARD, template.settings().getScanMethod().getMethod());
        assertNotSame(copy.getScanMethod(), template.settings().getScanMethod(), "the copy's group is copied");
        assertNull(template.settings().getUpdateSources(), "a group not chosen is left out");
        assertNull(template.settings().getFirewall(), "a group the copy inherits is left out");
        assertTrue(template.bases().isEmpty(), "applied nowhere yet");
        assertFalse(workspace.containsTemplate("scans"));
        workspace.save(template);
        assertTrue(workspace.containsTemplate("SCANS"), "template names match ignoring case");
        assertEquals(ScanMethod.STANDARD, workspace.readTemplate("Scans").settings().getScanMethod().getMethod());

        PolicyTemplate empty = PolicyTemplate.of("Empty", null, PolicyGroups.all());
        assertTrue(PolicyGroups.all().stream().allMatch(group -> empty.settings().eGet(group) == null),
                "an empty template sets no group");
    }

    private void assertProblem(Path file, int line, String message) {
        PolicyFileException problem = assertThrows(PolicyFileException.class, () -> workspace.read(LAB));
        assertEquals(file, problem.file());
        assertTrue(problem.getMessage().startsWith(file + ", line " + line + ": "), problem.getMessage());
        assertTrue(problem.getMessage().contains(message), problem.getMessage());
        assertEquals(line, problem.line());
    }

    private static int line(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int index = 0; index < lines.size(); index++) {
            if (lines.get(index).contains(text)) {
                return index + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
