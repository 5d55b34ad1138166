package io.bulwark.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.bulwark.test.servers.ScratchFolder;
import io.bulwark.test.servers.TestServer;

/**
 * The console's start-up list as the fixtures of one test run build it: each fixture adds its own servers, and once all
 * have started the list is handed to the console the way the demo does it (start-up list with names, fingerprints and
 * users, a start-up password file, a master-password file, and a registry and secure storage of its own). So one
 * console can serve the tests of several fixtures, each finding its servers by name beside the others'.
 */
final class StartupList {

    private static final List<String> NAMES = new CopyOnWriteArrayList<>();
    private static final List<String> ENTRIES = new CopyOnWriteArrayList<>();
    private static final List<ScratchFolder> CONSOLE_FOLDERS = new CopyOnWriteArrayList<>();

    private StartupList() {
    }

    /**
     * Adds a server the console signs in to on its own with the root password, which every test server's accounts
     * share.
     */
    static void add(String name, TestServer server, String user) {
        if (NAMES.contains(name)) {
            throw new IllegalStateException("Two fixtures of this run name a server " + name);
        }
        NAMES.add(name);
        ENTRIES.add(name + "=" + server.uri() + ";fingerprint=" + server.fingerprint() + ";user=" + user);
    }

    /** @return whether a fixture of this run listed a server */
    static boolean isEmpty() {
        return ENTRIES.isEmpty();
    }

    /** @return the names of the servers the console was started with, in the order of its start-up list */
    static List<String> names() {
        return List.copyOf(NAMES);
    }

    /** Points the console at the servers the fixtures listed, if they listed any. */
    static void handOver() throws IOException {
        if (ENTRIES.isEmpty()) {
            return;
        }
        ScratchFolder scratch = ScratchFolder.create("bulwark-ui-console");
        CONSOLE_FOLDERS.add(scratch);
        Path console = scratch.path();
        System.setProperty("bulwark.servers", String.join(",", new ArrayList<>(ENTRIES)));
        System.setProperty("bulwark.startupPasswordFile", write(console.resolve("startup-password"),
                TestServer.ROOT_PASSWORD));
        System.setProperty("bulwark.masterPasswordFile", write(console.resolve("master-password"),
                "master password of the UI tests"));
        System.setProperty("bulwark.registryFile", console.resolve("servers.xmi").toString());
        System.setProperty("bulwark.secureStorageFile", console.resolve("secure_storage").toString());
    }

    /** Forgets the servers and deletes the console's files, when the test bundle stops. */
    static void clear() throws IOException {
        NAMES.clear();
        ENTRIES.clear();
        for (ScratchFolder folder : CONSOLE_FOLDERS) {
            folder.close();
        }
        CONSOLE_FOLDERS.clear();
    }

    private static String write(Path file, String content) throws IOException {
        Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
        return file.toString();
    }
}
