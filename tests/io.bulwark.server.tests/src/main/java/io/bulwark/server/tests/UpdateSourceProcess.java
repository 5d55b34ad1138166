package io.bulwark.server.tests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.bulwark.protocol.WireJson;

/**
 * A simulated update source started as a real process ({@code bulwark-server update-source}), shared by the servers of
 * a test class, with the test hooks it offers: publish versions, corrupt a file, repair, list the files served. Reads
 * the source's manifest with its own records, as the tests' reading of the format.
 */
public final class UpdateSourceProcess implements AutoCloseable {

    /**
     * A file the manifest lists.
     *
     * @param path
     *            its path on the source
     * @param size
     *            its size
     * @param sha256
     *            its SHA-256, lower-case hex
     */
    public record File(String path, long size, String sha256) {
    }

    /**
     * An increment the manifest lists.
     *
     * @param from
     *            the version it applies to
     * @param to
     *            the version it produces
     * @param path
     *            its path on the source
     * @param size
     *            its size
     * @param sha256
     *            its SHA-256
     */
    public record Increment(long from, long to, String path, long size, String sha256) {
    }

    /**
     * A component the manifest lists.
     *
     * @param name
     *            its name
     * @param kind
     *            {@code pattern} or {@code engine}
     * @param version
     *            its latest version
     * @param full
     *            the full file of that version
     * @param increments
     *            the increments kept, oldest first
     */
    public record Offered(String name, String kind, long version, File full, List<Increment> increments) {
    }

    /**
     * The manifest.
     *
     * @param components
     *            every component
     */
    public record Manifest(List<Offered> components) {

        /**
         * @param name
         *            a component
         * @return it
         */
        public Offered component(String name) {
            return components.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
        }
    }

    private record Downloads(List<String> downloads) {
    }

    private static final String LISTENING = "update source listening on ";
    private static final WireJson JSON = WireJson.create(WireJson.UnknownMembers.IGNORE);

    private final JarProcess process;
    private final URI uri;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private UpdateSourceProcess(JarProcess process, URI uri) {
        this.process = process;
        this.uri = uri;
    }

    /**
     * @param dataFolder
     *            the source's data folder
     * @param extraArgs
     *            further options, e.g. {@code --publish 3}
     * @return the running source
     * @throws IOException
     *             if it does not start
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public static UpdateSourceProcess start(Path dataFolder, String... extraArgs)
            throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("update-source", "--port", "0", "--data", dataFolder.toString()));
        args.addAll(List.of(extraArgs));
        JarProcess jar = JarProcess.launch(ServerProcess.serverJar(), args, "update-source");
        Optional<String> listening = jar.output().awaitLine(line -> line.startsWith(LISTENING),
                ServerProcess.START_TIMEOUT);
        if (listening.isEmpty()) {
            jar.process().destroyForcibly();
            throw new IOException("The update source did not print its URL; output:\n" + jar.output().text());
        }
        return new UpdateSourceProcess(jar, URI.create(listening.get().substring(LISTENING.length())));
    }

    /** @return the source's URL, for {@code --update-source} */
    public URI uri() {
        return uri;
    }

    /**
     * @return the current manifest
     * @throws Exception
     *             on a transport failure
     */
    public Manifest manifest() throws Exception {
        return JSON.read(ok(send("GET", "manifest.json", null)), Manifest.class);
    }

    /**
     * @param component
     *            a component, or {@code null} for all
     * @param count
     *            how many versions
     * @return the manifest afterwards
     * @throws Exception
     *             on a failure
     */
    public Manifest publish(String component, int count) throws Exception {
        Map<String, Object> body = component == null
                ? Map.of("count", count)
                : Map.of("component", component, "count", count);
        return JSON.read(ok(send("POST", "admin/publish", JSON.write(body))), Manifest.class);
    }

    /**
     * @param path
     *            a file's path on the source
     * @throws Exception
     *             if there is no such file
     */
    public void corrupt(String path) throws Exception {
        expect(204, send("POST", "admin/corrupt", JSON.write(Map.of("path", path))));
    }

    /**
     * Undoes every {@link #corrupt}.
     *
     * @throws Exception
     *             on a failure
     */
    public void repair() throws Exception {
        expect(204, send("POST", "admin/repair", new byte[0]));
    }

    /**
     * @return the paths of every file the source served so far, in order
     * @throws Exception
     *             on a failure
     */
    public List<String> downloads() throws Exception {
        return JSON.read(ok(send("GET", "admin/downloads", null)), Downloads.class).downloads();
    }

    /**
     * @param path
     *            a file's path on the source
     * @return its bytes as served
     * @throws Exception
     *             on a failure
     */
    public byte[] file(String path) throws Exception {
        return ok(send("GET", path.substring(1), null));
    }

    private HttpResponse<byte[]> send(String method, String path, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri.resolve(path)).timeout(Duration.ofSeconds(30));
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.method(method, HttpRequest.BodyPublishers.ofByteArray(body)).header("Content-Type",
                    "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static byte[] ok(HttpResponse<byte[]> response) {
        return expect(200, response).body();
    }

    private static HttpResponse<byte[]> expect(int status, HttpResponse<byte[]> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(response.request().method() + " " + response.uri() + " answered "
                    + response.statusCode() + ": " + new String(response.body(), StandardCharsets.UTF_8));
        }
        return response;
    }

    /** Kills the source. */
    @Override
    public void close() {
        http.close();
        process.process().destroyForcibly();
        try {
            process.process().waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
