package io.bulwark.core.tests;

import static io.bulwark.core.tests.ConsoleState.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.core.ImportReport;
import io.bulwark.core.ServerDetails;
import io.bulwark.core.internal.LiveServerRegistry;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ServerFolder;

class ServerListTransferTest {

    private static final String FINGERPRINT = "5E:".repeat(31) + "5E";

    @TempDir
    Path folder;

    private ConsoleState source;
    private LiveServerRegistry registry;
    private Path export;

    @BeforeEach
    void open() throws Exception {
        source = ConsoleState.withPasswordFile(folder.resolve("source"));
        registry = source.registry();
        export = Files.createDirectories(folder.resolve("exports")).resolve("servers.json");
        ServerFolder europe = registry.createFolder("Europe", null);
        ServerFolder lyon = registry.createFolder("Lyon", europe);
        registry.createFolder("Empty", null);
        ManagementServer head = registry
                .addServer(new ServerDetails("Head office", "server-a.example", 4343, true, "admin"), null);
        registry.pinCertificate(head, FINGERPRINT);
        registry.addServer(new ServerDetails("Lyon DC", "fd00::7", 8080, false, null), lyon);
        registry.addServer(new ServerDetails("Paris", "10.0.3.1", 4343, true, "operator"), europe);
        source.credentials().storePassword(head, "secret-of-head".toCharArray());
    }

    private LiveServerRegistry emptyConsole(String name) throws Exception {
        return ConsoleState.withPasswordFile(folder.resolve(name)).registry();
    }

    @Test
    void anExportImportsIntoAnotherConsoleAsItWas() throws Exception {
        registry.exportServers(export);
        String json = Files.readString(export);
        assertFalse(json.contains("secret-of-head"));
        assertTrue(json.contains(FINGERPRINT) && json.contains("\"operator\""), json);

        LiveServerRegistry other = emptyConsole("other");
        ImportReport report = other.importServers(export);

        assertEquals(3, report.added());
        assertEquals(List.of(), report.duplicates());
        Path again = folder.resolve("again.json");
        other.exportServers(again);
        assertEquals(json, Files.readString(again), "folders, names, addresses, users and pins survive the trip");
        assertEquals(FINGERPRINT, other.findServer(io.bulwark.client.ServerAddress.parse("server-a.example:4343"))
                .getPinnedFingerprint());
    }

    @Test
    void duplicatesAreReportedNotDoubled() throws Exception {
        registry.exportServers(export);
        String saved = source.registryText();

        ImportReport report = registry.importServers(export);

        assertEquals(0, report.added());
        assertEquals(3, report.duplicates().size());
        assertTrue(report.duplicates().get(0).contains("Lyon DC"), report.duplicates().toString());
        assertEquals(3, registry.allServers().size());
        assertEquals(saved.length(), source.registryText().length());
    }

    @Test
    void foldersMergeByNameAndDuplicatesWithinTheFileAreReported() throws Exception {
        Files.writeString(export, """
                {"format":"bulwark-server-list","version":1,
                 "folders":[{"name":"europe","folders":[],"servers":[
                     {"name":"Berlin","host":"10.0.4.1","port":4343},
                     {"name":"Berlin again","host":"10.0.4.1","port":4343}]}],
                 "servers":[]}
                """);
        ImportReport report = registry.importServers(export);
        assertEquals(1, report.added());
        assertEquals(1, report.duplicates().size());
        assertTrue(report.duplicates().get(0).contains("Berlin again"), report.duplicates().toString());
        assertEquals(1, registry.getRegistry().getFolders().stream().filter(f -> f.getName().equals("Europe"))
                .count());
        assertTrue(registry.findServer(io.bulwark.client.ServerAddress.parse("10.0.4.1:4343")).isUseTls(),
                "tls defaults to on");
    }

    @Test
    void anImportWithOneBadEntryChangesNothingAndNamesTheEntry() throws Exception {
        Files.writeString(export, """
                {"format":"bulwark-server-list","version":1,
                 "folders":[{"name":"New folder","folders":[{"name":"Deep","folders":[],"servers":[
                     {"name":"Fine","host":"10.0.5.1","port":4343},
                     {"name":"Broken","host":"10.0.5.2","port":70000}]}],"servers":[]}],
                 "servers":[{"name":"Also fine","host":"10.0.5.3","port":4343}]}
                """);
        assertRefused(registry, source.registryFile, () -> registry.importServers(export), "Nothing was imported",
                "Server 2 ('Broken')", "New folder/Deep", "70000");
    }

    @Test
    void refusesFilesThatAreNotServerListsOrCarrySecrets() throws Exception {
        Files.writeString(export, """
                {"format":"bulwark-server-list","version":1,"folders":[],
                 "servers":[{"name":"X","host":"10.0.6.1","port":4343,"password":"no"}]}
                """);
        assertRefused(registry, source.registryFile, () -> registry.importServers(export), export.toString(),
                "password");

        Files.writeString(export, "{\"format\":\"something-else\",\"version\":1}");
        assertRefused(registry, source.registryFile, () -> registry.importServers(export), "bulwark-server-list");

        Files.writeString(export, "{\"format\":\"bulwark-server-list\",\"version\":1,\"folders\":[{\"name\":\"\"}]}");
        assertRefused(registry, source.registryFile, () -> registry.importServers(export), "Folder 1",
                "needs a name");

        Files.writeString(export, "[1, 2");
        assertRefused(registry, source.registryFile, () -> registry.importServers(export), export.toString());

        assertRefused(registry, source.registryFile, () -> registry.importServers(folder.resolve("absent.json")),
                "absent.json");
    }
}
