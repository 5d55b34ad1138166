package io.bulwark.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import io.bulwark.test.servers.Concurrently;
import io.bulwark.test.servers.ServerWithFleet;
import io.bulwark.test.servers.TestServer;

/**
 * Starts two real management servers, each with a small fleet, before the console under test starts, and hands them to
 * it the way the demo and scripts do: a start-up list with names, fingerprints and {@code user=root}, a start-up
 * password file, a master-password file, and a registry and secure storage of their own. Active only in the test run
 * that sets {@value #ENABLE_PROPERTY} (the bundle is started at a start level below the workbench's), so the other UI
 * tests see a console without these servers.
 */
public final class LiveServersFixture implements BundleActivator {

    /** System property that enables the fixture. */
    public static final String ENABLE_PROPERTY = "bulwark.test.liveServers";

    /**
     * System property: how many agents each fleet registers, comma-separated, one per server (default {@code 4,3}); a
     * test run that needs a larger fleet sets it.
     */
    public static final String AGENTS_PROPERTY = "bulwark.test.liveServers.agents";

    /** System property: the fleets' heartbeat interval in seconds (default {@code 1}). */
    public static final String INTERVAL_PROPERTY = "bulwark.test.liveServers.interval";

    /** The servers' names in the start-up list, and how many agents each fleet registers. */
    public static final List<String> NAMES = List.of("Head office", "Remote site");
    public static final List<Integer> AGENTS = Arrays.stream(System.getProperty(AGENTS_PROPERTY, "4,3").split(","))
            .map(count -> Integer.valueOf(count.trim())).toList();

    private static final List<TestServer> SERVERS = new CopyOnWriteArrayList<>();

    private final List<AutoCloseable> started = new ArrayList<>();

    /** @return the running servers, in the order of {@link #NAMES}, for tests that set up state through the API */
    public static List<TestServer> servers() {
        return List.copyOf(SERVERS);
    }

    @Override
    public void start(BundleContext context) throws Exception {
        if (!Boolean.getBoolean(ENABLE_PROPERTY)) {
            return;
        }
        Path folder = Files.createTempDirectory("bulwark-ui-live");
        String interval = System.getProperty(INTERVAL_PROPERTY, "1");
        List<Callable<ServerWithFleet>> starts = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            starts.add(ServerWithFleet.starting(folder.resolve("server-" + i), NAMES.get(i), AGENTS.get(i).intValue(),
                    "--interval", interval));
        }
        List<ServerWithFleet> servers = Concurrently.start(starts);
        started.addAll(servers);
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < servers.size(); i++) {
            TestServer server = servers.get(i).server();
            SERVERS.add(server);
            entries.add(NAMES.get(i) + "=" + server.uri() + ";fingerprint=" + server.fingerprint() + ";user=root");
        }
        Path console = Files.createDirectories(folder.resolve("console"));
        System.setProperty("bulwark.servers", String.join(",", entries));
        System.setProperty("bulwark.startupPasswordFile", write(console.resolve("startup-password"),
                TestServer.ROOT_PASSWORD));
        System.setProperty("bulwark.masterPasswordFile", write(console.resolve("master-password"),
                "master password of the live UI test"));
        System.setProperty("bulwark.registryFile", console.resolve("servers.xmi").toString());
        System.setProperty("bulwark.secureStorageFile", console.resolve("secure_storage").toString());
    }

    private static String write(Path file, String content) throws IOException {
        Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
        return file.toString();
    }

    @Override
    public void stop(BundleContext context) throws Exception {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
        started.clear();
        SERVERS.clear();
    }
}
