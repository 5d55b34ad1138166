package io.bulwark.ui.tests;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import io.bulwark.test.servers.Concurrently;
import io.bulwark.test.servers.ScratchFolder;
import io.bulwark.test.servers.ServerWithFleet;
import io.bulwark.test.servers.TestServer;

/**
 * Starts two real management servers, each with a small fleet, before the console under test starts, and does NOT
 * register them: the console starts with an empty registry of its own (and a master-password file, so storing a
 * password asks nothing), and the test adds the servers through the Add Server dialog like an administrator. What the
 * administrator would read from the servers' start-up output reaches the test as system properties: their URLs
 * ({@value #URIS_PROPERTY}), their certificate fingerprints ({@value #FINGERPRINTS_PROPERTY}) and the root password
 * ({@value #PASSWORD_PROPERTY}). The files the console asks for (import and export of the server list) are answered by
 * an {@link AnsweringFileChooser}. Active only in the test run that sets {@value #ENABLE_PROPERTY}.
 */
public final class NewServersFixture {

    /** System property that enables the fixture. */
    public static final String ENABLE_PROPERTY = "bulwark.test.newServers";

    /** The servers' URLs, comma-separated, e.g. {@code https://127.0.0.1:41234}. */
    public static final String URIS_PROPERTY = "bulwark.test.newServers.uris";

    /** The servers' certificate fingerprints, comma-separated, in the order of {@link #URIS_PROPERTY}. */
    public static final String FINGERPRINTS_PROPERTY = "bulwark.test.newServers.fingerprints";

    /** The root account's password on both servers. */
    public static final String PASSWORD_PROPERTY = "bulwark.test.newServers.password";

    /** How many agents each server's fleet registers. */
    public static final List<Integer> AGENTS = List.of(3, 2);

    private final List<AutoCloseable> started = new ArrayList<>();
    private ServiceRegistration<?> fileChooser;

    /** Starts the servers and fleets when enabled; called by the test bundle's activator. */
    public void start(BundleContext context) throws Exception {
        if (!Boolean.getBoolean(ENABLE_PROPERTY)) {
            return;
        }
        ScratchFolder scratch = ScratchFolder.create("bulwark-ui-new");
        started.add(scratch);
        Path folder = scratch.path();
        List<Callable<ServerWithFleet>> starts = new ArrayList<>();
        for (int i = 0; i < AGENTS.size(); i++) {
            starts.add(ServerWithFleet.starting(folder.resolve("server-" + i), "New server " + i,
                    AGENTS.get(i).intValue(), "--interval", "1"));
        }
        List<String> uris = new ArrayList<>();
        List<String> fingerprints = new ArrayList<>();
        for (ServerWithFleet each : Concurrently.start(starts)) {
            started.add(each);
            uris.add(each.server().uri().toString());
            fingerprints.add(each.server().fingerprint());
        }
        Path console = Files.createDirectories(folder.resolve("console"));
        System.setProperty(URIS_PROPERTY, String.join(",", uris));
        System.setProperty(FINGERPRINTS_PROPERTY, String.join(",", fingerprints));
        System.setProperty(PASSWORD_PROPERTY, TestServer.ROOT_PASSWORD);
        System.clearProperty("bulwark.servers");
        System.setProperty("bulwark.masterPasswordFile", write(console.resolve("master-password"),
                "master password of the server registration test"));
        System.setProperty("bulwark.registryFile", console.resolve("servers.xmi").toString());
        System.setProperty("bulwark.secureStorageFile", console.resolve("secure_storage").toString());
        fileChooser = AnsweringFileChooser.register(context);
    }

    private static String write(Path file, String content) throws IOException {
        Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
        return file.toString();
    }

    /** Stops what {@link #start} started. */
    public void stop(BundleContext context) throws Exception {
        if (fileChooser != null) {
            fileChooser.unregister();
            fileChooser = null;
        }
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
        started.clear();
    }

    /** The URLs handed to the test. */
    static List<URI> uris() {
        return List.of(System.getProperty(URIS_PROPERTY).split(",")).stream().map(URI::create).toList();
    }

    /** The fingerprints handed to the test. */
    static List<String> fingerprints() {
        return List.of(System.getProperty(FINGERPRINTS_PROPERTY).split(","));
    }
}
