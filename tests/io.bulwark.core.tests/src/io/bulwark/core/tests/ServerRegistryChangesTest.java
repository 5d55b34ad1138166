package io.bulwark.core.tests;

import static io.bulwark.core.tests.ConsoleState.assertRefused;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.client.ServerAddress;
import io.bulwark.core.ServerDetails;
import io.bulwark.core.internal.LiveServerRegistry;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.ServerFolder;

class ServerRegistryChangesTest {

    private static final String FINGERPRINT_A = "AB:".repeat(31) + "AB";
    private static final String FINGERPRINT_B = "CD:".repeat(31) + "CD";

    @TempDir
    Path folder;

    private ConsoleState state;
    private LiveServerRegistry registry;

    @BeforeEach
    void open() throws Exception {
        state = ConsoleState.withPasswordFile(folder);
        registry = state.registry();
    }

    private static ServerDetails details(String name, String host, int port) {
        return new ServerDetails(name, host, port, true, "admin");
    }

    private void assertRefusedWith(org.junit.jupiter.api.function.Executable change, String... fragments)
            throws Exception {
        assertRefused(registry, state.registryFile, change, fragments);
    }

    @Test
    void addsServersAtTheTopAndInFolders() throws Exception {
        ManagementServer top = registry.addServer(details(" Head office ", "10.0.0.1", 4343), null);
        ServerFolder europe = registry.createFolder("Europe", null);
        ManagementServer lyon = registry.addServer(new ServerDetails("", "[fd00::5]", 8080, false, " "), europe);

        assertEquals(List.of(top), registry.getRegistry().getServers());
        assertEquals(List.of(lyon), europe.getServers());
        assertEquals("Head office", top.getName());
        assertEquals("admin", top.getUser());
        assertEquals(ConnectionState.DISCONNECTED, top.getState());
        assertEquals("fd00::5", lyon.getHost());
        assertEquals("http://[fd00::5]:8080", lyon.getName(), "an unnamed server is named by its address");
        assertNull(lyon.getUser(), "a blank user is no user");
        assertNotEquals(top.getId(), lyon.getId());
        assertSame(lyon, registry.findServer(ServerAddress.parse("http://[FD00::5]:8080")));
        assertSame(lyon, registry.findServerById(lyon.getId()));
        assertEquals(List.of(lyon, top), registry.allServers(), "folders first, depth first");
    }

    @Test
    void refusesBadServerDetails() throws Exception {
        registry.addServer(details("Head office", "server-a.example", 4343), null);
        assertRefusedWith(() -> registry.addServer(details("Blank", "  ", 4343), null), "host");
        assertRefusedWith(() -> registry.addServer(details("Zero", "server-b.example", 0), null), "0");
        assertRefusedWith(() -> registry.addServer(details("Too high", "server-b.example", 65536), null), "65536");
        assertRefusedWith(() -> registry.addServer(details("Spaces", "server b", 4343), null), "server b");
        assertRefusedWith(() -> registry.addServer(details("Path", "server-b/api", 4343), null), "server-b/api");
    }

    @Test
    void refusesAnAddressAlreadyRegisteredWhateverItsCaseOrScheme() throws Exception {
        ServerFolder folder = registry.createFolder("Lab", null);
        registry.addServer(details("Head office", "Server-A.example", 4343), folder);
        assertRefusedWith(() -> registry.addServer(details("Again", "server-a.EXAMPLE", 4343), null),
                "server-a.EXAMPLE:4343", "Head office");
        assertRefusedWith(
                () -> registry.addServer(new ServerDetails("Plain", "server-a.example", 4343, false, null), null),
                "Head office");
        registry.addServer(details("Other port", "server-a.example", 4344), null);
    }

    @Test
    void editsNameAddressTlsAndUserButKeepsIdPinPlaceAndState() throws Exception {
        ServerFolder folder = registry.createFolder("Lab", null);
        ManagementServer server = registry.addServer(details("Old", "10.0.0.1", 4343), folder);
        registry.pinCertificate(server, FINGERPRINT_A);
        server.setState(ConnectionState.CONNECTED);
        String id = server.getId();

        registry.editServer(server, new ServerDetails("New", "10.0.0.2", 8080, false, "operator"));

        assertEquals("New", server.getName());
        assertEquals("10.0.0.2", server.getHost());
        assertEquals(8080, server.getPort());
        assertFalse(server.isUseTls());
        assertEquals("operator", server.getUser());
        assertEquals(id, server.getId());
        assertEquals(FINGERPRINT_A, server.getPinnedFingerprint());
        assertSame(folder, server.eContainer());
        assertTrue(state.registryText().contains("10.0.0.2"), "the edit is saved");
    }

    @Test
    void editRefusesBadDetailsAndAnotherServersAddressButAllowsItsOwn() throws Exception {
        ManagementServer a = registry.addServer(details("A", "10.0.0.1", 4343), null);
        registry.addServer(details("B", "10.0.0.2", 4343), null);
        assertRefusedWith(() -> registry.editServer(a, details("A", "10.0.0.2", 4343)), "10.0.0.2:4343", "'B'");
        assertRefusedWith(() -> registry.editServer(a, details("A", "", 4343)), "host");
        assertRefusedWith(() -> registry.editServer(a, details("A", "10.0.0.1", 70000)), "70000");
        registry.editServer(a, details("A renamed", "10.0.0.1", 4343));
        assertEquals("A renamed", a.getName());
    }

    @Test
    void removesAServer() throws Exception {
        ServerFolder folder = registry.createFolder("Lab", null);
        ManagementServer server = registry.addServer(details("A", "10.0.0.1", 4343), folder);
        registry.removeServer(server);
        assertTrue(folder.getServers().isEmpty());
        assertFalse(state.registryText().contains("10.0.0.1"), "the removal is saved");
        assertRefusedWith(() -> registry.removeServer(server), "not in this console");
    }

    @Test
    void createsRenamesAndDeletesFolders() throws Exception {
        ServerFolder europe = registry.createFolder(" Europe ", null);
        ServerFolder lyon = registry.createFolder("Lyon", europe);
        registry.createFolder("Lyon", null);
        registry.renameFolder(lyon, "LYON");
        assertEquals("Europe", europe.getName());
        assertEquals("LYON", lyon.getName(), "a folder may change the case of its own name");
        registry.deleteFolder(lyon);
        assertTrue(europe.getFolders().isEmpty());
        assertFalse(state.registryText().contains("LYON"));
    }

    @Test
    void refusesBlankAndDuplicateSiblingFolderNames() throws Exception {
        ServerFolder europe = registry.createFolder("Europe", null);
        ServerFolder lyon = registry.createFolder("Lyon", europe);
        registry.createFolder("Paris", europe);
        assertRefusedWith(() -> registry.createFolder(" ", null), "name");
        assertRefusedWith(() -> registry.createFolder("europe", null), "europe");
        assertRefusedWith(() -> registry.createFolder("LYON", europe), "LYON");
        assertRefusedWith(() -> registry.renameFolder(lyon, "paris"), "paris");
        assertRefusedWith(() -> registry.renameFolder(lyon, ""), "name");
    }

    @Test
    void deletesOnlyEmptyFolders() throws Exception {
        ServerFolder europe = registry.createFolder("Europe", null);
        ServerFolder lyon = registry.createFolder("Lyon", europe);
        ServerFolder asia = registry.createFolder("Asia", null);
        registry.addServer(details("Tokyo", "10.0.1.1", 4343), asia);
        assertRefusedWith(() -> registry.deleteFolder(europe), "Europe", "1 folder");
        assertRefusedWith(() -> registry.deleteFolder(asia), "Asia", "1 server");
        registry.deleteFolder(lyon);
        registry.deleteFolder(europe);
        assertEquals(List.of(asia), registry.getRegistry().getFolders());
    }

    @Test
    void movesServersAndFoldersIntoFoldersAndBackToTheTop() throws Exception {
        ServerFolder europe = registry.createFolder("Europe", null);
        ServerFolder lyon = registry.createFolder("Lyon", null);
        ManagementServer server = registry.addServer(details("A", "10.0.0.1", 4343), null);

        registry.moveServer(server, lyon);
        registry.moveFolder(lyon, europe);
        assertSame(lyon, server.eContainer());
        assertSame(europe, lyon.eContainer());

        registry.moveFolder(lyon, null);
        registry.moveServer(server, null);
        assertSame(registry.getRegistry(), lyon.eContainer());
        assertSame(registry.getRegistry(), server.eContainer());
        assertTrue(europe.getFolders().isEmpty());
        assertEquals(registry.getRegistry().getFolders().size(), 2);
    }

    @Test
    void refusesFolderCyclesAndNameClashesWhenMoving() throws Exception {
        ServerFolder europe = registry.createFolder("Europe", null);
        ServerFolder france = registry.createFolder("France", europe);
        ServerFolder lyon = registry.createFolder("Lyon", france);
        ServerFolder otherLyon = registry.createFolder("lyon", null);
        assertRefusedWith(() -> registry.moveFolder(europe, europe), "Europe");
        assertRefusedWith(() -> registry.moveFolder(europe, lyon), "Europe", "Lyon");
        assertRefusedWith(() -> registry.moveFolder(otherLyon, france), "lyon");
        assertSame(france, lyon.eContainer());
    }

    @Test
    void refusesObjectsThatAreNotInTheRegistry() throws Exception {
        ManagementServer stranger = ModelFactory.eINSTANCE.createManagementServer();
        ServerFolder strangeFolder = ModelFactory.eINSTANCE.createServerFolder();
        assertRefusedWith(() -> registry.editServer(stranger, details("X", "10.0.0.9", 4343)), "not in this");
        assertRefusedWith(() -> registry.addServer(details("X", "10.0.0.9", 4343), strangeFolder), "not in this");
        assertRefusedWith(() -> registry.moveServer(stranger, null), "not in this");
        assertRefusedWith(() -> registry.deleteFolder(strangeFolder), "not in this");
    }

    @Test
    void pinsACertificateOnceAndReplacesItOnlyOnExplicitRequest() throws Exception {
        ManagementServer server = registry.addServer(details("A", "10.0.0.1", 4343), null);
        registry.pinCertificate(server, FINGERPRINT_A.toLowerCase().replace(":", ""));
        assertEquals(FINGERPRINT_A, server.getPinnedFingerprint(), "saved in the canonical form");
        registry.pinCertificate(server, FINGERPRINT_A);

        assertRefusedWith(() -> registry.pinCertificate(server, FINGERPRINT_B), FINGERPRINT_A, FINGERPRINT_B);
        assertRefusedWith(() -> registry.replacePinnedCertificate(server, "AB:CD"), "AB:CD");
        assertRefusedWith(() -> registry.pinCertificate(server, " "), "fingerprint");

        registry.replacePinnedCertificate(server, FINGERPRINT_B);
        assertEquals(FINGERPRINT_B, server.getPinnedFingerprint());
        assertTrue(state.registryText().contains(FINGERPRINT_B));
    }
}
