package io.bulwark.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import io.bulwark.bench.internal.FixedReplyHandler;
import io.bulwark.bench.internal.Folders;
import io.bulwark.bench.internal.LoadGenerator;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.FingerprintTrust;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.agent.Heartbeat;
import io.bulwark.protocol.agent.HeartbeatReply;
import io.bulwark.protocol.agent.Registration;
import io.bulwark.server.ManagementServer;
import io.bulwark.server.ServerOptions;
import io.bulwark.server.internal.http.ApiServer;
import io.bulwark.server.internal.tls.SelfSignedCertificateFactory;
import io.bulwark.server.internal.tls.ServerCertificate;
import io.bulwark.server.internal.tls.ServerCertificateStore;

/**
 * Agent heartbeats ({@code POST /agent/v1/heartbeat}) of a real management server with 10,000 registered agents,
 * against a trivial Jetty handler that answers the same bytes, on the same transport, in the same run.
 * <p>
 * The server runs in this process on its embedded database in a temporary folder; the load generator registers the
 * agents over the agent API, then sends heartbeats round-robin over all of them as fast as the server answers. Both
 * sides get the same requests (same bodies, same TLS, same client, same concurrency), one after the other, best of two
 * interleaved rounds. DESIGN §7 sets the budget: at least a third of the baseline's throughput, p99 under 50 ms.
 */
public final class HeartbeatBenchmark implements Benchmark {

    /** How many agents the server has. */
    static final int AGENTS = 10_000;

    /** The budget: heartbeat throughput over the baseline's, at least. */
    static final double RATIO_BUDGET = 1.0 / 3;

    /** The budget: heartbeat p99 latency in milliseconds, at most. */
    static final double P99_BUDGET_MILLIS = 50;

    // Long enough that no agent goes offline during the run, so the status sweep does no work the real one would not.
    private static final int INTERVAL_MILLIS = 60_000;

    private final WireJson json = WireJson.create(WireJson.UnknownMembers.IGNORE);

    @Override
    public String name() {
        return "heartbeat"; //$NON-NLS-1$
    }

    @Override
    public String description() {
        return "POST /agent/v1/heartbeat of a real server with " + AGENTS //$NON-NLS-1$
                + " agents vs a trivial Jetty handler with the same bytes over the same TLS"; //$NON-NLS-1$
    }

    @Override
    public List<Measurement> run(LoadSettings settings) throws Exception {
        Path data = Files.createTempDirectory("bulwark-bench-"); //$NON-NLS-1$
        try {
            return measure(data, settings);
        } finally {
            Folders.deleteTree(data);
        }
    }

    private List<Measurement> measure(Path data, LoadSettings settings) throws Exception {
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        try (ManagementServer server = ManagementServer.start(ServerOptions.local(0, data), silent)) {
            CertificateFingerprint fingerprint = server.fingerprint().orElseThrow();
            LoadGenerator load = new LoadGenerator(FingerprintTrust.pinned(fingerprint).sslContext(),
                    settings.concurrency());
            UUID[] agents = agents();
            URI register = server.uri().resolve(ApiPaths.AGENT_REGISTER);
            load.run(AGENTS, index -> post(register, registration(agents[index], index)));
            byte[][] beats = new byte[AGENTS][];
            for (int i = 0; i < AGENTS; i++) {
                beats[i] = json.write(new Heartbeat(agents[i], false, null));
            }
            URI bulwark = server.uri().resolve(ApiPaths.AGENT_HEARTBEAT);
            ServerCertificate certificate = new ServerCertificateStore(data.resolve("tls"), //$NON-NLS-1$
                    new SelfSignedCertificateFactory())
                    .loadOrCreate("localhost", ServerOptions.DEFAULT_CERT_VALIDITY_YEARS); //$NON-NLS-1$
            byte[] reply = json.write(new HeartbeatReply(List.of()));
            try (ApiServer baseline = ApiServer.start("127.0.0.1", 0, certificate, new FixedReplyHandler(reply))) { //$NON-NLS-1$
                URI trivial = URI.create("https://127.0.0.1:" + baseline.port() + ApiPaths.AGENT_HEARTBEAT); //$NON-NLS-1$
                load.run(settings.warmup(), index -> post(trivial, beats[index % AGENTS]));
                load.run(settings.warmup(), index -> post(bulwark, beats[index % AGENTS]));
                // Two interleaved rounds, best of each side, so neither side pays for running first.
                LoadGenerator.Result base = load.run(settings.requests(),
                        index -> post(trivial, beats[index % AGENTS]));
                LoadGenerator.Result ours = load.run(settings.requests(),
                        index -> post(bulwark, beats[index % AGENTS]));
                base = faster(base, load.run(settings.requests(), index -> post(trivial, beats[index % AGENTS])));
                ours = faster(ours, load.run(settings.requests(), index -> post(bulwark, beats[index % AGENTS])));
                double ratio = ours.requestsPerSecond() / base.requestsPerSecond();
                return List.of(new Measurement(name() + ".agents", AGENTS, "registered agents"), //$NON-NLS-1$ //$NON-NLS-2$
                        new Measurement(name() + ".baseline.throughput", base.requestsPerSecond(), "requests/s"), //$NON-NLS-1$ //$NON-NLS-2$
                        new Measurement(name() + ".baseline.p99", base.p99Millis(), "ms"), //$NON-NLS-1$ //$NON-NLS-2$
                        new Measurement(name() + ".bulwark.throughput", ours.requestsPerSecond(), "heartbeats/s"), //$NON-NLS-1$ //$NON-NLS-2$
                        new Measurement(name() + ".bulwark.p50", ours.p50Millis(), "ms"), //$NON-NLS-1$ //$NON-NLS-2$
                        new Measurement(name() + ".bulwark.p99", ours.p99Millis(), //$NON-NLS-1$
                                "ms (budget: under " + P99_BUDGET_MILLIS + ")"), //$NON-NLS-1$ //$NON-NLS-2$
                        new Measurement(name() + ".ratio", ratio, //$NON-NLS-1$
                                "x baseline (budget: at least " //$NON-NLS-1$
                                        + String.format(Locale.ROOT, "%.2f", Double.valueOf(RATIO_BUDGET)) //$NON-NLS-1$
                                        + (ratio >= RATIO_BUDGET && ours.p99Millis() < P99_BUDGET_MILLIS
                                                ? "; within budget)" //$NON-NLS-1$
                                                : "; OVER BUDGET)"))); //$NON-NLS-1$
            }
        }
    }

    private static UUID[] agents() {
        UUID[] agents = new UUID[AGENTS];
        for (int i = 0; i < AGENTS; i++) {
            agents[i] = UUID.nameUUIDFromBytes(("bench-agent-" + i).getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$
        }
        return agents;
    }

    private byte[] registration(UUID agent, int index) {
        String ip = "10." + (index >> 16 & 0xFF) + "." + (index >> 8 & 0xFF) + "." + (index & 0xFF); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return json.write(new Registration(agent, String.format(Locale.ROOT, "bench-%05d", Integer.valueOf(index)), ip, //$NON-NLS-1$
                "14.0.2049", //$NON-NLS-1$
                INTERVAL_MILLIS, false, Map.of("virus_pattern", "19.321.00"))); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static HttpRequest post(URI target, byte[] body) {
        return HttpRequest.newBuilder(target).timeout(LoadGenerator.REQUEST_TIMEOUT)
                .header("Content-Type", WireJson.MEDIA_TYPE) //$NON-NLS-1$
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    private static LoadGenerator.Result faster(LoadGenerator.Result one, LoadGenerator.Result other) {
        return one.requestsPerSecond() >= other.requestsPerSecond() ? one : other;
    }
}
