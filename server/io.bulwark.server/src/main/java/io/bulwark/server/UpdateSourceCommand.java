package io.bulwark.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import io.bulwark.server.internal.components.source.SimulatedUpdateSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bulwark-server update-source}: runs a simulated update source on its own, so several servers (a demo, a test)
 * fetch from one. It serves plain HTTP: {@code GET /manifest.json} and the files it lists, and test hooks under
 * {@code /admin} to publish versions, corrupt a file and list the files served. It prints {@code update source
 * listening on URL} once it serves.
 */
@Command(name = UpdateSourceCommand.NAME, mixinStandardHelpOptions = true, versionProvider = ServerCommand.Version.class, sortOptions = false, description = "Runs a simulated update source that servers fetch components from"
        + " (full and incremental pattern files with sizes and SHA-256 hashes in /manifest.json).")
public final class UpdateSourceCommand implements Callable<Integer> {

    /** The subcommand's name. */
    static final String NAME = "update-source"; //$NON-NLS-1$

    private static final int MAX_KEEP = 100;
    private static final int MAX_PUBLISH = 1_000;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8081", description = "Port to serve on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}). The test hooks"
            + " under /admin have no authentication; keep the source on loopback.")
    private String bindAddress;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "bulwark-update-source", description = "Folder of the published files and versions (default: ${DEFAULT-VALUE}).")
    private Path dataFolder;

    @Option(names = "--keep", paramLabel = "N", defaultValue = "5", description = "Increments kept per pattern (default: ${DEFAULT-VALUE}).")
    private int keep;

    @Option(names = "--publish", paramLabel = "K", defaultValue = "0", description = "Publish K new versions of every component before serving (default: ${DEFAULT-VALUE}).")
    private int publish;

    @Option(names = "--publish-every", paramLabel = "SECONDS", description = "Publish a new version of every component at this interval.")
    private Integer publishEverySeconds;

    private SimulatedUpdateSource running;

    @Override
    public Integer call() {
        check();
        PrintStream console = System.out;
        try {
            SimulatedUpdateSource source = SimulatedUpdateSource.start(bindAddress, port, dataFolder, keep, publish,
                    publishEverySeconds == null ? null : Duration.ofSeconds(publishEverySeconds.longValue()));
            Runtime.getRuntime().addShutdownHook(new Thread(source::close, "bulwark-update-source-shutdown")); //$NON-NLS-1$
            running = source;
            console.println("update source listening on " + source.uri()); //$NON-NLS-1$
            console.flush();
            return 0;
        } catch (IOException e) {
            System.err.println("bulwark-server update-source: cannot start: " + e.getMessage()); //$NON-NLS-1$
            return 1;
        }
    }

    private void check() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535, was " + port); //$NON-NLS-1$
        }
        if (keep < 1 || keep > MAX_KEEP) {
            throw new ParameterException(spec.commandLine(), "--keep must be 1 to " + MAX_KEEP + ", was " + keep); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (publish < 0 || publish > MAX_PUBLISH) {
            throw new ParameterException(spec.commandLine(),
                    "--publish must be 0 to " + MAX_PUBLISH + ", was " + publish); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (publishEverySeconds != null && publishEverySeconds.intValue() < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--publish-every must be at least 1 second, was " + publishEverySeconds); //$NON-NLS-1$
        }
    }

    /** @return whether the source was started and serves until the process ends */
    boolean isRunning() {
        return running != null;
    }
}
