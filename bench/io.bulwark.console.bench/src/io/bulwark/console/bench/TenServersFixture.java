package io.bulwark.console.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.FingerprintTrust;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.agent.Registration;
import io.bulwark.test.servers.TestServer;

/**
 * Starts {@value #SERVERS} real management servers as processes, registers {@value #AGENTS_PER_SERVER} agents on each
 * over the agent API (the same agents as {@code ./bulwark bench console-filter}: host names {@code host-00000} on, an
 * hour's heartbeat interval so they stay as registered), and hands the servers to the console the way the demo does,
 * before the workbench starts. The console then connects to all of them on its own.
 */
public final class TenServersFixture implements BundleActivator {

    /** How many servers. */
    static final int SERVERS = 10;

    /** How many agents each server holds. */
    static final int AGENTS_PER_SERVER = 10_000;

    private static final int IN_FLIGHT = 8;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final List<TestServer> started = new ArrayList<>();
    private final WireJson json = WireJson.create(WireJson.UnknownMembers.IGNORE);

    /** @return the name the console shows for server {@code index} */
    static String serverName(int index) {
        return String.format(Locale.ROOT, "bench-%02d", Integer.valueOf(index)); //$NON-NLS-1$
    }

    @Override
    public void start(BundleContext context) throws Exception {
        Path folder = Files.createTempDirectory("bulwark-console-bench"); //$NON-NLS-1$
        List<String> entries = new ArrayList<>();
        long begin = System.nanoTime();
        for (int i = 0; i < SERVERS; i++) {
            TestServer server = TestServer.start(folder.resolve("server-" + i), "--name", serverName(i)); //$NON-NLS-1$ //$NON-NLS-2$
            started.add(server);
            entries.add(serverName(i) + "=" + server.uri() + ";fingerprint=" + server.fingerprint() + ";user=root"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        System.out.printf(Locale.ROOT, "# %d servers started in %.1f s%n", Integer.valueOf(SERVERS), //$NON-NLS-1$
                Double.valueOf((System.nanoTime() - begin) / 1e9));
        begin = System.nanoTime();
        register();
        System.out.printf(Locale.ROOT, "# %d agents registered in %.1f s%n", //$NON-NLS-1$
                Integer.valueOf(SERVERS * AGENTS_PER_SERVER), Double.valueOf((System.nanoTime() - begin) / 1e9));
        Path console = Files.createDirectories(folder.resolve("console")); //$NON-NLS-1$
        System.setProperty("bulwark.servers", String.join(",", entries)); //$NON-NLS-1$ //$NON-NLS-2$
        System.setProperty("bulwark.startupPasswordFile", write(console.resolve("startup-password"), //$NON-NLS-1$ //$NON-NLS-2$
                TestServer.ROOT_PASSWORD));
        System.setProperty("bulwark.masterPasswordFile", write(console.resolve("master-password"), //$NON-NLS-1$ //$NON-NLS-2$
                "master password of the console benchmark")); //$NON-NLS-1$
        System.setProperty("bulwark.registryFile", console.resolve("servers.xmi").toString()); //$NON-NLS-1$ //$NON-NLS-2$
        System.setProperty("bulwark.secureStorageFile", console.resolve("secure_storage").toString()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private void register() throws Exception {
        AtomicInteger next = new AtomicInteger();
        int total = SERVERS * AGENTS_PER_SERVER;
        List<HttpClient> clients = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(IN_FLIGHT)) {
            for (TestServer server : started) {
                clients.add(HttpClient.newBuilder()
                        .sslContext(FingerprintTrust.pinned(CertificateFingerprint.parse(server.fingerprint()))
                                .sslContext())
                        .version(HttpClient.Version.HTTP_1_1).build());
            }
            List<Future<Void>> workers = new ArrayList<>();
            for (int t = 0; t < IN_FLIGHT; t++) {
                workers.add(threads.submit(() -> {
                    // Server by server, so each one's agents arrive together as on a real network.
                    for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
                        int serverIndex = n / AGENTS_PER_SERVER;
                        register(clients.get(serverIndex), started.get(serverIndex).uri(), serverIndex,
                                n % AGENTS_PER_SERVER);
                    }
                    return null;
                }));
            }
            for (Future<Void> worker : workers) {
                worker.get();
            }
        } finally {
            for (HttpClient client : clients) {
                client.close();
            }
        }
    }

    private void register(HttpClient client, URI server, int serverIndex, int index)
            throws IOException, InterruptedException {
        UUID agent = UUID.nameUUIDFromBytes(("bench-console-" + serverIndex + "-" + index) //$NON-NLS-1$ //$NON-NLS-2$
                .getBytes(StandardCharsets.UTF_8));
        String ip = "10." + serverIndex + "." + (index >> 8 & 0xFF) + "." + (index & 0xFF); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        byte[] body = json.write(new Registration(agent, String.format(Locale.ROOT, "host-%05d", //$NON-NLS-1$
                Integer.valueOf(index)), ip, "14.0.2049", 3_600_000, false, Map.of("virus_pattern", "19.321.00"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        HttpRequest request = HttpRequest.newBuilder(server.resolve(ApiPaths.AGENT_REGISTER)).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", WireJson.MEDIA_TYPE) //$NON-NLS-1$
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("Registering agent " + index + " on " + server + " answered " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + response.statusCode() + ": " + response.body()); //$NON-NLS-1$
        }
    }

    private static String write(Path file, String content) throws IOException {
        Files.writeString(file, content + "\n", StandardCharsets.UTF_8); //$NON-NLS-1$
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
