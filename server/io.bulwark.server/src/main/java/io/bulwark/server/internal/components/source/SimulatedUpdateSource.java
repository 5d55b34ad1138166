package io.bulwark.server.internal.components.source;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.bulwark.server.internal.http.ApiServer;

/**
 * A running simulated update source: its published files and the plain-HTTP port that serves them. Servers fetch from
 * it like from the original's update server; it can publish new versions on a timer, on start, or when a test asks.
 */
public final class SimulatedUpdateSource implements AutoCloseable {

    /** Increments (and earlier full files) kept per component unless told otherwise. */
    public static final int DEFAULT_KEEP = 5;

    private static final Logger LOG = LoggerFactory.getLogger(SimulatedUpdateSource.class);

    private final PublishedFiles files;
    private final ApiServer http;
    private final String host;
    private final ScheduledExecutorService timer;

    private SimulatedUpdateSource(PublishedFiles files, ApiServer http, String host,
            ScheduledExecutorService timer) {
        this.files = files;
        this.http = http;
        this.host = host;
        this.timer = timer;
    }

    /**
     * Opens the data folder (regenerating the files of the versions published there before) and starts serving.
     *
     * @param bindAddress
     *            the address to listen on, normally {@code 127.0.0.1}
     * @param port
     *            the port, {@code 0} for any free one
     * @param dataFolder
     *            where the published files live
     * @param keep
     *            how many increments to keep per component, at least 1
     * @param publishNow
     *            how many new versions of every component to publish before serving
     * @param publishEvery
     *            publish one new version of every component at this interval, or {@code null} for never
     * @return the running source
     * @throws IOException
     *             if the folder cannot be used or the port cannot be opened
     */
    public static SimulatedUpdateSource start(String bindAddress, int port, Path dataFolder, int keep,
            int publishNow, Duration publishEvery) throws IOException {
        PublishedFiles files = PublishedFiles.open(dataFolder, keep, Clock.systemUTC());
        if (publishNow > 0) {
            files.publish(null, publishNow);
        }
        ApiServer http = ApiServer.start(bindAddress, port, null, new UpdateSourceHandler(files));
        ScheduledExecutorService timer = null;
        if (publishEvery != null) {
            timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread thread = new Thread(runnable, "bulwark-update-source-publisher"); //$NON-NLS-1$
                thread.setDaemon(true);
                return thread;
            });
            long millis = publishEvery.toMillis();
            timer.scheduleAtFixedRate(() -> publishQuietly(files), millis, millis, TimeUnit.MILLISECONDS);
        }
        return new SimulatedUpdateSource(files, http, bindAddress, timer);
    }

    private static void publishQuietly(PublishedFiles files) {
        try {
            files.publish(null, 1);
        } catch (IOException | RuntimeException e) {
            LOG.error("Publishing new component versions failed", e); //$NON-NLS-1$
        }
    }

    /** @return the source's base URL, e.g. {@code http://127.0.0.1:8081/}; its manifest is {@code manifest.json} */
    public URI uri() {
        String literal = host.contains(":") ? "[" + host + "]" : host; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return URI.create("http://" + literal + ":" + http.port() + "/"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return the data folder */
    public Path dataFolder() {
        return files.folder();
    }

    /** Stops publishing and serving. */
    @Override
    public void close() {
        if (timer != null) {
            timer.shutdownNow();
        }
        try {
            http.close();
        } catch (IOException e) {
            LOG.error("The update source did not stop cleanly", e); //$NON-NLS-1$
        }
    }
}
