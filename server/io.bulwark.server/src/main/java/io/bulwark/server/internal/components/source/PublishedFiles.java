package io.bulwark.server.internal.components.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.components.ComponentFile;
import io.bulwark.protocol.components.ComponentIncrement;
import io.bulwark.protocol.components.IncrementPatch;
import io.bulwark.protocol.components.InvalidIncrementException;
import io.bulwark.server.internal.components.Sha256;
import io.bulwark.server.internal.storage.AtomicFiles;

/**
 * The files a simulated update source publishes, kept in its data folder: for each component the full files and the
 * increments of its last few versions ({@code files/NAME/full-V.bin}, {@code files/NAME/increment-FROM.bin}) and the
 * latest versions in {@code versions.json}. The manifest is computed from the generated content, not read back from
 * disk, so a file corrupted on disk is served with the hash it should have had.
 */
final class PublishedFiles {

    private static final Pattern FILE_PATH = Pattern.compile("/files/([a-z0-9-]+)/(full|increments)/([0-9]{1,18})"); //$NON-NLS-1$
    private static final String VERSIONS = "versions.json"; //$NON-NLS-1$
    private static final WireJson JSON = WireJson.create(WireJson.UnknownMembers.REJECT);

    /** One component's kept versions, in memory. */
    private static final class Published {
        final SimulatedComponent spec;
        long version;
        byte[] current;
        final NavigableMap<Long, byte[]> fulls = new TreeMap<>();
        final NavigableMap<Long, byte[]> increments = new TreeMap<>();

        Published(SimulatedComponent spec) {
            this.spec = spec;
            this.version = spec.baseVersion();
            this.current = SimulatedContent.base(spec);
            fulls.put(Long.valueOf(version), current);
        }

        void advance(int keep) {
            long next = version + 1;
            IncrementPatch patch = SimulatedContent.increment(spec, next, current.length);
            try {
                current = patch.applyTo(current);
            } catch (InvalidIncrementException e) {
                throw new IllegalStateException("A generated increment does not fit its own base", e); //$NON-NLS-1$
            }
            if (spec.incremental()) {
                increments.put(Long.valueOf(version), patch.encode());
            }
            version = next;
            fulls.put(Long.valueOf(version), current);
            while (fulls.size() > keep + 1) {
                fulls.pollFirstEntry();
            }
            while (increments.size() > keep) {
                increments.pollFirstEntry();
            }
        }
    }

    private final Path folder;
    private final int keep;
    private final Clock clock;
    private final Map<String, Published> components = new LinkedHashMap<>();
    private Instant publishedAt;

    private PublishedFiles(Path folder, int keep, Clock clock) {
        this.folder = folder;
        this.keep = keep;
        this.clock = clock;
    }

    /**
     * Opens the folder, regenerating the kept files of the versions published there before (the base versions in a new
     * folder); files that do not belong there, or were corrupted, are replaced.
     *
     * @param folder
     *            the source's data folder
     * @param keep
     *            how many increments (and earlier full files) to keep per component
     * @param clock
     *            stamps publications
     * @return the published files
     * @throws IOException
     *             if the folder cannot be read or written
     */
    static PublishedFiles open(Path folder, int keep, Clock clock) throws IOException {
        Files.createDirectories(folder);
        PublishedFiles files = new PublishedFiles(folder, keep, clock);
        Map<String, Long> stored = files.storedVersions();
        for (SimulatedComponent spec : SimulatedComponent.CATALOG) {
            Published published = new Published(spec);
            Long target = stored.get(spec.name());
            while (target != null && published.version < target.longValue()) {
                published.advance(keep);
            }
            files.components.put(spec.name(), published);
        }
        files.publishedAt = clock.instant();
        files.writeAll();
        return files;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Long> storedVersions() throws IOException {
        Path file = folder.resolve(VERSIONS);
        if (!Files.exists(file)) {
            return Map.of();
        }
        Map<String, Object> read = JSON.read(Files.readAllBytes(file), Map.class);
        Map<String, Long> versions = new LinkedHashMap<>();
        read.forEach((name, version) -> versions.put(name, Long.valueOf(((Number) version).longValue())));
        return versions;
    }

    /**
     * Publishes new versions.
     *
     * @param name
     *            a component, or {@code null} for every component
     * @param count
     *            how many versions to publish
     * @return the manifest afterwards
     * @throws IOException
     *             if the files cannot be written
     * @throws IllegalArgumentException
     *             if there is no such component
     */
    synchronized UpdateManifest publish(String name, int count) throws IOException {
        List<Published> chosen = new ArrayList<>();
        if (name == null) {
            chosen.addAll(components.values());
        } else {
            Published one = components.get(name);
            if (one == null) {
                throw new IllegalArgumentException("The source publishes no component named " + name); //$NON-NLS-1$
            }
            chosen.add(one);
        }
        for (int i = 0; i < count; i++) {
            for (Published published : chosen) {
                published.advance(keep);
            }
        }
        publishedAt = clock.instant();
        writeAll();
        return manifest();
    }

    /** @return the manifest of the latest versions */
    synchronized UpdateManifest manifest() {
        List<ManifestComponent> listed = new ArrayList<>();
        for (Published published : components.values()) {
            String name = published.spec.name();
            ComponentFile full = new ComponentFile(fullPath(name, published.version), published.current.length,
                    Sha256.hex(published.current));
            List<ComponentIncrement> increments = new ArrayList<>();
            for (Map.Entry<Long, byte[]> increment : published.increments.entrySet()) {
                long from = increment.getKey().longValue();
                increments.add(new ComponentIncrement(from, from + 1, incrementPath(name, from),
                        increment.getValue().length, Sha256.hex(increment.getValue())));
            }
            listed.add(new ManifestComponent(name, published.spec.displayName(), published.spec.kind(),
                    published.version, full, increments));
        }
        return new UpdateManifest(publishedAt, listed);
    }

    /**
     * @param requestPath
     *            a path of the source, e.g. {@code /files/virus-pattern/increments/18541}
     * @return the file on disk that it serves, if it names a kept file
     */
    synchronized Optional<Path> file(String requestPath) {
        Matcher matcher = FILE_PATH.matcher(requestPath);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Published published = components.get(matcher.group(1));
        if (published == null) {
            return Optional.empty();
        }
        Long version = Long.valueOf(matcher.group(3));
        boolean full = "full".equals(matcher.group(2)); //$NON-NLS-1$
        if (!(full ? published.fulls : published.increments).containsKey(version)) {
            return Optional.empty();
        }
        String name = published.spec.name();
        return Optional.of(full ? fullFile(name, version.longValue()) : incrementFile(name, version.longValue()));
    }

    /**
     * Damages a kept file on disk (its length stays, its hash no longer matches the manifest), for tests of clients
     * that must refuse it.
     *
     * @param requestPath
     *            the file's path on the source
     * @return whether there is such a file
     * @throws IOException
     *             if it cannot be rewritten
     */
    synchronized boolean corrupt(String requestPath) throws IOException {
        Optional<Path> file = file(requestPath);
        if (file.isEmpty()) {
            return false;
        }
        byte[] content = Files.readAllBytes(file.get());
        for (int i = content.length / 2; i < Math.min(content.length, content.length / 2 + 16); i++) {
            content[i] ^= (byte) 0xA5;
        }
        AtomicFiles.write(file.get(), content, false);
        return true;
    }

    /**
     * Rewrites every kept file from its generated content, undoing {@link #corrupt}.
     *
     * @throws IOException
     *             if the files cannot be written
     */
    synchronized void repair() throws IOException {
        writeAll();
    }

    private void writeAll() throws IOException {
        Map<String, Long> versions = new LinkedHashMap<>();
        for (Published published : components.values()) {
            String name = published.spec.name();
            Path componentFolder = Files.createDirectories(folder.resolve("files").resolve(name)); //$NON-NLS-1$
            List<Path> kept = new ArrayList<>();
            for (Map.Entry<Long, byte[]> full : published.fulls.entrySet()) {
                kept.add(write(fullFile(name, full.getKey().longValue()), full.getValue()));
            }
            for (Map.Entry<Long, byte[]> increment : published.increments.entrySet()) {
                kept.add(write(incrementFile(name, increment.getKey().longValue()), increment.getValue()));
            }
            try (Stream<Path> present = Files.list(componentFolder)) {
                for (Path file : present.toList()) {
                    if (!kept.contains(file)) {
                        Files.deleteIfExists(file);
                    }
                }
            }
            versions.put(name, Long.valueOf(published.version));
        }
        AtomicFiles.write(folder.resolve(VERSIONS), JSON.write(versions), false);
    }

    private static Path write(Path file, byte[] content) throws IOException {
        if (!Files.exists(file) || Files.size(file) != content.length
                || !Sha256.hex(file).equals(Sha256.hex(content))) {
            AtomicFiles.write(file, content, false);
        }
        return file;
    }

    private Path fullFile(String name, long version) {
        return folder.resolve("files").resolve(name).resolve("full-" + version + ".bin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private Path incrementFile(String name, long from) {
        return folder.resolve("files").resolve(name).resolve("increment-" + from + ".bin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static String fullPath(String name, long version) {
        return "/files/" + name + "/full/" + version; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static String incrementPath(String name, long from) {
        return "/files/" + name + "/increments/" + from; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the data folder, for messages */
    Path folder() {
        return folder;
    }
}
