package io.bulwark.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.bulwark.bench.internal.FixedReplyHandler;
import io.bulwark.bench.internal.Folders;
import io.bulwark.bench.internal.LoadGenerator;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.FingerprintTrust;
import io.bulwark.server.ManagementServer;
import io.bulwark.server.ServerOptions;
import io.bulwark.server.internal.http.ApiServer;
import io.bulwark.server.internal.tls.SelfSignedCertificateFactory;
import io.bulwark.server.internal.tls.ServerCertificate;
import io.bulwark.server.internal.tls.ServerCertificateStore;

/**
 * {@code GET /api/v1/server} of a real management server against a trivial Jetty handler returning the same bytes.
 * <p>
 * Both run in this process, on the same kind of connector built by the server's own {@code ApiServer} with the server's
 * certificate (same TLS, same HTTP configuration), and are loaded by the same client at the same concurrency, one after
 * the other. In-process keeps the comparison fair on a small machine: client and servers share the cores in the same
 * way for both sides. The ratio is Bulwark's throughput over the baseline's.
 */
public final class ServerInfoBenchmark implements Benchmark {

    @Override
    public String name() {
        return "server-info"; //$NON-NLS-1$
    }

    @Override
    public String description() {
        return "GET /api/v1/server of a real server vs a trivial Jetty handler with the same bytes over the same TLS"; //$NON-NLS-1$
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
            URI bulwark = server.uri().resolve(ApiPaths.SERVER);
            ServerCertificate certificate = new ServerCertificateStore(data.resolve("tls"), //$NON-NLS-1$
                    new SelfSignedCertificateFactory())
                    .loadOrCreate("localhost", ServerOptions.DEFAULT_CERT_VALIDITY_YEARS); //$NON-NLS-1$
            byte[] body = fetch(bulwark, fingerprint);
            try (ApiServer baseline = ApiServer.start("127.0.0.1", 0, certificate, new FixedReplyHandler(body))) { //$NON-NLS-1$
                URI trivial = URI.create("https://127.0.0.1:" + baseline.port() + ApiPaths.SERVER); //$NON-NLS-1$
                LoadGenerator load = new LoadGenerator(FingerprintTrust.pinned(fingerprint).sslContext(),
                        settings.concurrency());
                load.run(trivial, settings.warmup());
                load.run(bulwark, settings.warmup());
                // Two interleaved rounds, best of each side, so neither side pays for running first.
                LoadGenerator.Result base = load.run(trivial, settings.requests());
                LoadGenerator.Result ours = load.run(bulwark, settings.requests());
                base = faster(base, load.run(trivial, settings.requests()));
                ours = faster(ours, load.run(bulwark, settings.requests()));
                return List.of(
                        new Measurement(name() + ".baseline.throughput", base.requestsPerSecond(), "requests/s"), //$NON-NLS-1$ //$NON-NLS-2$
                        new Measurement(name() + ".baseline.p99", base.p99Millis(), "ms"), //$NON-NLS-1$ //$NON-NLS-2$
                        new Measurement(name() + ".bulwark.throughput", ours.requestsPerSecond(), "requests/s"), //$NON-NLS-1$ //$NON-NLS-2$
                        new Measurement(name() + ".bulwark.p50", ours.p50Millis(), "ms"), //$NON-NLS-1$ //$NON-NLS-2$
                        new Measurement(name() + ".bulwark.p99", ours.p99Millis(), "ms"), //$NON-NLS-1$ //$NON-NLS-2$
                        new Measurement(name() + ".ratio", ours.requestsPerSecond() / base.requestsPerSecond(), //$NON-NLS-1$
                                "x baseline")); //$NON-NLS-1$
            }
        }
    }

    private static LoadGenerator.Result faster(LoadGenerator.Result one, LoadGenerator.Result other) {
        return one.requestsPerSecond() >= other.requestsPerSecond() ? one : other;
    }

    private static byte[] fetch(URI uri, CertificateFingerprint fingerprint) throws Exception {
        try (HttpClient client = HttpClient.newBuilder().sslContext(FingerprintTrust.pinned(fingerprint).sslContext())
                .build()) {
            return client.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray()).body();
        }
    }
}
