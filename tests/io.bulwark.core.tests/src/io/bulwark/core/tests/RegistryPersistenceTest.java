package io.bulwark.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.core.ServerDetails;
import io.bulwark.core.internal.LiveServerRegistry;
import io.bulwark.core.internal.RegistryStore;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ServerFolder;
import io.bulwark.model.ServerRegistry;

class RegistryPersistenceTest {

    private static final String FINGERPRINT = "0A:".repeat(31) + "0A";
    private static final String GARBAGE = "<?xml version=\"1.0\"?><bulwark:ServerRegistry xmlns:bulwark=";

    @TempDir
    Path folder;

    private ConsoleState state;
    private LiveServerRegistry registry;

    @BeforeEach
    void open() throws Exception {
        state = ConsoleState.withPasswordFile(folder);
        registry = state.registry();
    }

    private ManagementServer add(String name, String host, ServerFolder into) throws Exception {
        return registry.addServer(new ServerDetails(name, host, 4343, true, "admin"), into);
    }

    @Test
    void aRestartedConsoleFindsFoldersServersUsersAndPins() throws Exception {
        ServerFolder europe = registry.createFolder("Europe", null);
        ServerFolder lyon = registry.createFolder("Lyon", europe);
        ManagementServer a = add("Head office", "10.0.0.1", null);
        add("Lyon DC", "10.0.2.1", lyon);
        registry.pinCertificate(a, FINGERPRINT);
        a.setState(ConnectionState.CONNECTED);

        LiveServerRegistry restarted = state.registry();

        assertEquals(IStatus.OK, restarted.getLoadStatus().getSeverity());
        assertTrue(EcoreUtil.equals(withoutState(registry.getRegistry()), restarted.getRegistry()),
                "same folders, servers, ids, users and pins");
        for (ManagementServer server : restarted.allServers()) {
            assertEquals(ConnectionState.DISCONNECTED, server.getState(), "connection state is not saved");
        }
    }

    private static ServerRegistry withoutState(ServerRegistry registry) {
        ServerRegistry copy = EcoreUtil.copy(registry);
        copy.eAllContents().forEachRemaining(o -> {
            if (o instanceof ManagementServer server) {
                server.setState(ConnectionState.DISCONNECTED);
            }
        });
        return copy;
    }

    @Test
    void savesDirectChangesToSavedAttributesButNotToTransientState() throws Exception {
        ManagementServer server = add("A", "10.0.0.1", null);
        String saved = state.registryText();
        server.setState(ConnectionState.CONNECTED);
        assertEquals(saved, state.registryText(), "a connection state change writes nothing");
        server.setVersion("3.2.1");
        assertTrue(state.registryText().contains("3.2.1"), "the version a server reports is saved");
    }

    @Test
    void theFileIsCompleteAfterEveryChangeAndWhileChangesAreWritten() throws Exception {
        add("First", "10.0.0.1", null);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger reads = new AtomicInteger();
        List<String> failures = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            while (writing.get() || reads.get() == 0) {
                try {
                    RegistryStore.read(state.registryFile);
                    reads.incrementAndGet();
                } catch (Exception e) {
                    if (failures.size() < 3) {
                        failures.add(e.toString());
                    }
                }
            }
        }, "registry reader");
        reader.start();
        try {
            ServerFolder lab = registry.createFolder("Lab", null);
            for (int i = 2; i <= 60; i++) {
                ManagementServer server = add("Server " + i, "10.0.1." + i, i % 2 == 0 ? lab : null);
                assertEquals(i, serversIn(RegistryStore.read(state.registryFile)), "the saved file has every server");
                registry.editServer(server, ServerDetails.of(server).withName("Renamed " + i));
            }
        } finally {
            writing.set(false);
            reader.join();
        }
        assertEquals(List.of(), failures, "a concurrent reader never saw a partly written file");
        assertTrue(reads.get() > 0);
        try (Stream<Path> files = Files.list(folder)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    @Test
    void aCorruptFileIsKeptAsideAndTheLastGoodCopyIsUsed() throws Exception {
        add("Kept", "10.0.0.1", null);
        ServerRegistry lastGood = EcoreUtil.copy(registry.getRegistry());
        add("Lost with the corrupt file", "10.0.0.2", null);
        Files.writeString(state.registryFile, GARBAGE, StandardCharsets.UTF_8);

        LiveServerRegistry restarted = state.registry();

        IStatus status = restarted.getLoadStatus();
        assertEquals(IStatus.ERROR, status.getSeverity());
        Path aside = onlyFile("servers.xmi.corrupt-");
        assertTrue(status.getMessage().contains(state.registryFile.toString()), status.getMessage());
        assertTrue(status.getMessage().contains(aside.toString()), status.getMessage());
        assertEquals(GARBAGE, Files.readString(aside), "the corrupt file is kept as it was");
        assertTrue(EcoreUtil.equals(withoutState(lastGood), restarted.getRegistry()),
                "started from the last good copy");
        assertEquals(1, RegistryStore.read(state.registryFile).getServers().size(), "the good copy is current again");

        restarted.addServer(new ServerDetails("New", "10.0.0.3", 4343, true, null), null);
        assertEquals(GARBAGE, Files.readString(aside), "later saves leave the corrupt file alone");
        assertEquals(IStatus.OK, state.registry().getLoadStatus().getSeverity());
    }

    @Test
    void aCorruptFileWithoutACopyStartsEmptyAndIsKept() throws Exception {
        Files.writeString(state.registryFile, "not xml at all", StandardCharsets.UTF_8);
        LiveServerRegistry restarted = state.registry();
        assertEquals(IStatus.ERROR, restarted.getLoadStatus().getSeverity());
        assertTrue(restarted.getLoadStatus().getMessage().contains(state.registryFile.toString()));
        assertTrue(restarted.allServers().isEmpty());
        assertEquals("not xml at all", Files.readString(onlyFile("servers.xmi.corrupt-")));
    }

    @Test
    void aFileWithServersSharingAnIdIsCorrupt() throws Exception {
        ManagementServer a = add("A", "10.0.0.1", null);
        add("B", "10.0.0.2", null);
        String text = state.registryText();
        Files.writeString(state.registryFile, text.replace("\"" + a.getId() + "\"", "\"same\"")
                .replace("\"" + registry.allServers().get(1).getId() + "\"", "\"same\""));
        assertEquals(IStatus.ERROR, state.registry().getLoadStatus().getSeverity());
    }

    @Test
    void aMissingFileIsAnEmptyRegistry() {
        assertEquals(IStatus.OK, registry.getLoadStatus().getSeverity());
        assertTrue(registry.allServers().isEmpty());
        assertFalse(Files.exists(state.registryFile), "nothing is written before the first change");
    }

    private static int serversIn(ServerRegistry saved) {
        int count = 0;
        for (var it = saved.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ManagementServer) {
                count++;
            }
        }
        return count;
    }

    private Path onlyFile(String prefix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> matches = files.filter(f -> f.getFileName().toString().startsWith(prefix)).toList();
            assertEquals(1, matches.size(), matches::toString);
            return matches.get(0);
        }
    }
}
