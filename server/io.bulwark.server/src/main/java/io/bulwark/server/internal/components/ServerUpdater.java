package io.bulwark.server.internal.components;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.bulwark.protocol.components.Component;
import io.bulwark.protocol.components.ComponentIncrement;
import io.bulwark.protocol.components.ComponentUpdateJob;
import io.bulwark.protocol.components.ComponentUpdateProgress;
import io.bulwark.protocol.components.IncrementPatch;
import io.bulwark.protocol.components.InvalidIncrementException;
import io.bulwark.server.internal.audit.AuditLog;
import io.bulwark.server.internal.components.source.ManifestComponent;
import io.bulwark.server.internal.components.source.UpdateManifest;
import io.bulwark.server.internal.events.ChangeFeed;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.storage.Database;

/**
 * "Update server now": fetches the update source's manifest and brings each component to the offered version, one run
 * at a time on a thread of its own. A pattern the server holds is updated by downloading the increments from its
 * version and merging them into its full file; anything else by downloading the full file. Every file is checked
 * against the manifest's size and SHA-256 and the merged file against the full file's; only then are the files placed
 * and the new version recorded, in a short transaction of its own with its audit entry. A component that fails keeps
 * its version and files; the others are not affected.
 */
public final class ServerUpdater implements AutoCloseable {

    /** How many increments the server keeps per component for its agents. */
    public static final int KEEP_INCREMENTS = 5;

    private static final Logger LOG = LoggerFactory.getLogger(ServerUpdater.class);

    private final Database database;
    private final ComponentStore store;
    private final ComponentFiles files;
    private final UpdateSourceClient client;
    private final AuditLog audit;
    private final ChangeFeed feed;
    private final Clock clock;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "bulwark-component-update"); //$NON-NLS-1$
        thread.setDaemon(true);
        return thread;
    });
    private UpdateJob latest;

    /**
     * @param database
     *            the server's database
     * @param store
     *            the component tables
     * @param files
     *            the component files
     * @param client
     *            the update source, or {@code null} if the server has none
     * @param audit
     *            records each component's new version
     * @param feed
     *            receives {@code component.updated} and {@code component.update.job} events
     * @param clock
     *            stamps versions and runs
     */
    public ServerUpdater(Database database, ComponentStore store, ComponentFiles files, UpdateSourceClient client,
            AuditLog audit, ChangeFeed feed, Clock clock) {
        this.database = database;
        this.store = store;
        this.files = files;
        this.client = client;
        this.audit = audit;
        this.feed = feed;
        this.clock = clock;
    }

    /**
     * Starts a run.
     *
     * @param user
     *            the account asking
     * @param address
     *            its address, for the audit log
     * @return the run just started
     * @throws ApiException
     *             409 if the server has no update source or a run is in progress
     */
    public synchronized ComponentUpdateJob start(String user, String address) throws ApiException {
        if (client == null) {
            throw ApiException.conflict("This server has no update source; start it with --update-source URL" //$NON-NLS-1$
                    + " or --simulated-update-source"); //$NON-NLS-1$
        }
        if (latest != null && latest.running()) {
            throw ApiException.conflict("An update of the server is already running (" + latest.id() //$NON-NLS-1$
                    + "); wait for it to finish"); //$NON-NLS-1$
        }
        UpdateJob job = new UpdateJob(user, address, client.source().toString(), clock,
                snapshot -> feed.publish("component.update.job", snapshot.id(), snapshot)); //$NON-NLS-1$
        latest = job;
        executor.execute(() -> run(job));
        return job.snapshot();
    }

    /** @return the latest run since the server started, if any */
    public synchronized Optional<ComponentUpdateJob> latest() {
        return Optional.ofNullable(latest).map(UpdateJob::snapshot);
    }

    private void run(UpdateJob job) {
        job.announce();
        UpdateManifest manifest;
        try {
            manifest = client.manifest();
        } catch (IOException e) {
            job.finish(e.getMessage());
            return;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            job.finish("The server stopped before the update finished"); //$NON-NLS-1$
            return;
        }
        for (ManifestComponent offered : manifest.components()) {
            job.set(new ComponentUpdateProgress(offered.name(), ComponentUpdateProgress.PENDING, null,
                    Long.valueOf(offered.version()), null, 0, 0, 0, null));
        }
        for (ManifestComponent offered : manifest.components()) {
            if (Thread.currentThread().isInterrupted()) {
                fail(job, offered.name(), "The server stopped before the update finished"); //$NON-NLS-1$
                continue;
            }
            update(job, offered);
        }
        job.finish(null);
    }

    private void update(UpdateJob job, ManifestComponent offered) {
        String name = offered.name();
        List<Path> incoming = new ArrayList<>();
        List<Path> placed = new ArrayList<>();
        try {
            Optional<Component> current;
            try (Connection connection = database.connection()) {
                current = store.find(connection, name);
            }
            Long from = current.map(c -> Long.valueOf(c.version())).orElse(null);
            if (current.isPresent() && current.get().version() >= offered.version()) {
                job.set(progress(job, name, ComponentUpdateProgress.UP_TO_DATE, from, null, 0, null));
                return;
            }
            List<ComponentIncrement> chain = usableChain(offered, current.orElse(null));
            String method = chain == null ? ComponentUpdateProgress.FULL : ComponentUpdateProgress.INCREMENTS;
            long expected = chain == null
                    ? offered.full().size()
                    : chain.stream().mapToLong(ComponentIncrement::size).sum();
            job.set(progress(job, name, ComponentUpdateProgress.DOWNLOADING, from, method, expected, null));
            Map<Long, Path> increments = new LinkedHashMap<>();
            Path full = chain == null
                    ? downloadFull(job, offered, incoming)
                    : merge(job, offered, current.get(), chain, increments, incoming);
            for (Map.Entry<Long, Path> increment : increments.entrySet()) {
                Path target = files.increment(name, increment.getKey().longValue());
                files.place(increment.getValue(), target);
                placed.add(target);
            }
            Path target = files.full(name, offered.version());
            files.place(full, target);
            placed.add(target);
            List<StoredIncrement> forgotten = record(job, offered, chain == null ? List.of() : chain);
            placed.clear();
            List<Path> obsolete = new ArrayList<>();
            current.ifPresent(c -> obsolete.add(files.full(name, c.version())));
            forgotten.forEach(increment -> obsolete.add(files.increment(name, increment.from())));
            files.deleteQuietly(obsolete);
            job.set(progress(job, name, ComponentUpdateProgress.UPDATED, from, method, expected, null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(job, name, "The server stopped before the update finished"); //$NON-NLS-1$
        } catch (Exception e) {
            LOG.warn("Updating component {} failed; it keeps its version", name, e); //$NON-NLS-1$
            fail(job, name, e.getMessage());
        } finally {
            files.deleteQuietly(incoming);
            files.deleteQuietly(placed);
        }
    }

    /**
     * @return the increments leading from the server's version to the offered one, or {@code null} if the full file
     *         must be fetched: the server holds no version, the component is no pattern, the source does not offer the
     *         whole chain, or the server's own full file is missing or damaged
     */
    private List<ComponentIncrement> usableChain(ManifestComponent offered, Component current) throws IOException {
        if (current == null || !Component.PATTERN.equals(offered.kind())) {
            return null;
        }
        List<ComponentIncrement> chain = new ArrayList<>();
        for (long version = current.version(); version < offered.version(); version++) {
            long from = version;
            Optional<ComponentIncrement> next = offered.increments().stream().filter(i -> i.from() == from)
                    .findFirst();
            if (next.isEmpty()) {
                return null;
            }
            chain.add(next.get());
        }
        Path own = files.full(current.name(), current.version());
        if (!Files.isRegularFile(own) || Files.size(own) != current.size()
                || !Sha256.hex(own).equals(current.sha256())) {
            LOG.warn("The full file of {} {} is missing or damaged; fetching the full file", current.name(), //$NON-NLS-1$
                    Long.valueOf(current.version()));
            return null;
        }
        return chain;
    }

    private Path downloadFull(UpdateJob job, ManifestComponent offered, List<Path> incoming)
            throws IOException, InterruptedException {
        Path file = files.newIncoming();
        incoming.add(file);
        client.download(offered.full().path(), offered.full().size(), offered.full().sha256(), file,
                bytes -> job.downloaded(offered.name(), bytes));
        fetched(job, offered.name());
        return file;
    }

    private Path merge(UpdateJob job, ManifestComponent offered, Component current, List<ComponentIncrement> chain,
            Map<Long, Path> increments, List<Path> incoming)
            throws IOException, InterruptedException, InvalidIncrementException {
        byte[] content = Files.readAllBytes(files.full(current.name(), current.version()));
        for (ComponentIncrement increment : chain) {
            Path file = files.newIncoming();
            incoming.add(file);
            client.download(increment.path(), increment.size(), increment.sha256(), file,
                    bytes -> job.downloaded(offered.name(), bytes));
            fetched(job, offered.name());
            try {
                content = IncrementPatch.decode(Files.readAllBytes(file)).applyTo(content);
            } catch (InvalidIncrementException e) {
                throw new InvalidIncrementException(increment.path() + ": " + e.getMessage()); //$NON-NLS-1$
            }
            increments.put(Long.valueOf(increment.from()), file);
        }
        String merged = Sha256.hex(content);
        if (content.length != offered.full().size() || !merged.equals(offered.full().sha256())) {
            throw new IOException("Merging the increments into version " + current.version() + " gives " //$NON-NLS-1$ //$NON-NLS-2$
                    + content.length + " bytes with SHA-256 " + merged + ", but the manifest lists " //$NON-NLS-1$ //$NON-NLS-2$
                    + offered.full().size() + " bytes with SHA-256 " + offered.full().sha256()); //$NON-NLS-1$
        }
        Path file = files.newIncoming();
        incoming.add(file);
        Files.write(file, content);
        return file;
    }

    private List<StoredIncrement> record(UpdateJob job, ManifestComponent offered, List<ComponentIncrement> chain)
            throws Exception {
        Component after = new Component(offered.name(), offered.displayName(), offered.kind(), offered.version(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS), offered.full().size(), offered.full().sha256());
        List<StoredIncrement> forgotten = database.inTransaction(connection -> {
            Component before = store.find(connection, offered.name()).orElse(null);
            store.save(connection, after);
            for (ComponentIncrement increment : chain) {
                store.addIncrement(connection,
                        new StoredIncrement(offered.name(), increment.from(), increment.size(), increment.sha256()));
            }
            List<StoredIncrement> pruned = store.prune(connection, offered.name(), offered.version(),
                    KEEP_INCREMENTS);
            audit.record(connection, job.requestedBy(), job.address(), "component.update", //$NON-NLS-1$
                    "component " + offered.name(), before, after); //$NON-NLS-1$
            return pruned;
        });
        feed.publish("component.updated", offered.name(), after); //$NON-NLS-1$
        return forgotten;
    }

    private static void fetched(UpdateJob job, String name) {
        ComponentUpdateProgress p = job.progress(name);
        job.set(new ComponentUpdateProgress(name, p.state(), p.fromVersion(), p.toVersion(), p.method(),
                p.filesFetched() + 1, p.bytesDownloaded(), p.bytesExpected(), null));
    }

    private static void fail(UpdateJob job, String name, String error) {
        ComponentUpdateProgress p = job.progress(name);
        job.set(new ComponentUpdateProgress(name, ComponentUpdateProgress.FAILED, p.fromVersion(), p.toVersion(),
                p.method(), p.filesFetched(), p.bytesDownloaded(), p.bytesExpected(),
                error == null ? "unknown failure" : error)); //$NON-NLS-1$
    }

    private static ComponentUpdateProgress progress(UpdateJob job, String name, String state, Long from,
            String method, long expected, String error) {
        ComponentUpdateProgress p = job.progress(name);
        return new ComponentUpdateProgress(name, state, from, p.toVersion(), method, p.filesFetched(),
                p.bytesDownloaded(), expected, error);
    }

    /** Stops a run in progress; its downloads are removed, the versions stay as they were. */
    @Override
    public void close() {
        executor.shutdownNow();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The component update did not stop within 10 s"); //$NON-NLS-1$
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (client != null) {
            client.close();
        }
    }
}
