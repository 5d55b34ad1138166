package io.bulwark.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import io.bulwark.test.servers.TestFleet;
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

    /** The servers' names in the start-up list, and how many agents each fleet registers. */
    public static final List<String> NAMES = List.of("Head office", "Remote site");
    public static final List<Integer> AGENTS = List.of(4, 3);

    private final List<AutoCloseable> started = new ArrayList<>();

    @Override
    public void start(BundleContext context) throws Exception {
        if (SettingsEditorsFixture.isEnabled()) {
            started.addAll(SettingsEditorsFixture.start());
        }
        if (!Boolean.getBoolean(ENABLE_PROPERTY)) {
            return;
        }
        Path folder = Files.createTempDirectory("bulwark-ui-live");
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < NAMES.size(); i++) {
            TestServer server = TestServer.start(folder.resolve("server-" + i), "--name", NAMES.get(i));
            started.add(server);
            started.add(TestFleet.start(server.uri(), server.fingerprint(), AGENTS.get(i), "--interval", "1"));
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
    }
}
