package io.bulwark.server.internal.components;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.function.LongConsumer;

import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.components.Component;
import io.bulwark.protocol.components.ComponentFile;
import io.bulwark.protocol.components.ComponentIncrement;
import io.bulwark.protocol.components.IncrementPatch;
import io.bulwark.server.internal.components.source.ManifestComponent;
import io.bulwark.server.internal.components.source.UpdateManifest;

/**
 * Fetches from an update source: its manifest, checked before anything is believed, and files, each streamed to disk
 * while its SHA-256 is computed and refused unless its size and hash are those of the manifest.
 */
public final class UpdateSourceClient implements AutoCloseable {

    /** The manifest's path relative to the source's URL. */
    public static final String MANIFEST = "manifest.json"; //$NON-NLS-1$

    private static final int MANIFEST_LIMIT = 4 << 20;
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(120);

    private final URI source;
    private final HttpClient http;
    private final WireJson json = WireJson.create(WireJson.UnknownMembers.IGNORE);

    /**
     * @param source
     *            the source's base URL, e.g. {@code http://127.0.0.1:8081/}
     */
    public UpdateSourceClient(URI source) {
        this.source = source.getPath() == null || source.getPath().endsWith("/") //$NON-NLS-1$
                ? source
                : URI.create(source + "/"); //$NON-NLS-1$
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** @return the source's base URL */
    public URI source() {
        return source;
    }

    /**
     * @return the source's manifest, checked
     * @throws IOException
     *             if the source cannot be reached or its manifest is not valid
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public UpdateManifest manifest() throws IOException, InterruptedException {
        URI uri = source.resolve(MANIFEST);
        HttpResponse<InputStream> response = get(uri);
        byte[] body;
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                throw new IOException("The update source answered " + response.statusCode() + " for " + uri); //$NON-NLS-1$ //$NON-NLS-2$
            }
            body = in.readNBytes(MANIFEST_LIMIT + 1);
        }
        if (body.length > MANIFEST_LIMIT) {
            throw new IOException("The update source's manifest is larger than " + MANIFEST_LIMIT + " bytes"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        UpdateManifest manifest;
        try {
            manifest = json.read(body, UpdateManifest.class);
        } catch (WireFormatException e) {
            throw new IOException("The update source's manifest is not valid: " + e.getMessage(), e); //$NON-NLS-1$
        }
        check(manifest);
        return manifest;
    }

    /**
     * Downloads a file into {@code target}, refusing it unless it has exactly the expected size and SHA-256.
     *
     * @param path
     *            the file's path on the source, as the manifest lists it
     * @param size
     *            the size the manifest lists
     * @param sha256
     *            the SHA-256 the manifest lists
     * @param target
     *            an empty file to write to
     * @param progress
     *            told of each chunk's length as it arrives
     * @throws IOException
     *             if the download fails or the file is not the one the manifest describes
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    public void download(String path, long size, String sha256, Path target, LongConsumer progress)
            throws IOException, InterruptedException {
        URI uri = resolve(path);
        HttpResponse<InputStream> response = get(uri);
        MessageDigest digest = Sha256.digest();
        long received = 0;
        try (InputStream in = response.body(); OutputStream out = Files.newOutputStream(target)) {
            if (response.statusCode() != 200) {
                throw new IOException("The update source answered " + response.statusCode() + " for " + path); //$NON-NLS-1$ //$NON-NLS-2$
            }
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                received += read;
                if (received > size) {
                    throw new IOException(path + " is larger than the " + size + " bytes the manifest lists"); //$NON-NLS-1$ //$NON-NLS-2$
                }
                digest.update(buffer, 0, read);
                out.write(buffer, 0, read);
                progress.accept(read);
            }
        }
        if (received != size) {
            throw new IOException(path + " has " + received + " bytes, the manifest lists " + size); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String actual = Sha256.hex(digest);
        if (!actual.equals(sha256)) {
            throw new IOException(path + " is corrupt: its SHA-256 is " + actual + ", the manifest lists " + sha256); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private HttpResponse<InputStream> get(URI uri) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new IOException("Cannot reach the update source at " + uri + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** Files must come from the source itself: a manifest cannot send the server elsewhere. */
    private URI resolve(String path) throws IOException {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.contains("..")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            throw new IOException("The manifest lists a file at \"" + path + "\", not a path on the source"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return source.resolve(path.substring(1));
    }

    private static void check(UpdateManifest manifest) throws IOException {
        Set<String> names = new HashSet<>();
        for (ManifestComponent component : manifest.components()) {
            String name = component.name();
            if (name == null || !ComponentFiles.NAME.matcher(name).matches() || !names.add(name)) {
                throw new IOException("The manifest lists a component with a missing, invalid or repeated name: " //$NON-NLS-1$
                        + name);
            }
            if (!Component.PATTERN.equals(component.kind()) && !Component.ENGINE.equals(component.kind())) {
                throw new IOException("Component " + name + " has the unknown kind " + component.kind()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (component.displayName() == null || component.displayName().isBlank()
                    || component.displayName().length() > 128) {
                throw new IOException("Component " + name + " has no display name, or one longer than 128"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (component.version() < 1) {
                throw new IOException("Component " + name + " has the invalid version " + component.version()); //$NON-NLS-1$ //$NON-NLS-2$
            }
            checkFile(name, component.full());
            long expectedTo = -1;
            for (ComponentIncrement increment : component.increments()) {
                checkFile(name, new ComponentFile(increment.path(), increment.size(), increment.sha256()));
                if (increment.to() != increment.from() + 1 || increment.to() > component.version()
                        || expectedTo >= 0 && increment.from() != expectedTo) {
                    throw new IOException("Component " + name + " lists increments that are not one unbroken" //$NON-NLS-1$ //$NON-NLS-2$
                            + " chain leading to version " + component.version()); //$NON-NLS-1$
                }
                expectedTo = increment.to();
            }
        }
    }

    /** Closes the connections to the source. */
    @Override
    public void close() {
        http.close();
    }

    private static void checkFile(String name, ComponentFile file) throws IOException {
        if (file == null || file.path() == null || file.size() < 0 || file.size() > IncrementPatch.MAX_FILE_LENGTH
                || !Sha256.isHex(file.sha256())) {
            throw new IOException("Component " + name + " lists a file without a path, with a size outside 0.." //$NON-NLS-1$ //$NON-NLS-2$
                    + IncrementPatch.MAX_FILE_LENGTH + " or without a lower-case hex SHA-256"); //$NON-NLS-1$
        }
    }
}
