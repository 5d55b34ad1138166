package io.bulwark.fleet;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import io.bulwark.fleet.internal.AgentRoster;
import io.bulwark.fleet.internal.Fleet;
import io.bulwark.fleet.internal.FingerprintMismatchException;
import io.bulwark.fleet.internal.FleetState;
import io.bulwark.fleet.internal.ServerContact;
import io.bulwark.fleet.internal.ServerPin;
import io.bulwark.fleet.internal.StateMigration;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.ServerInfo;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code bulwark-fleet} command: checks the server's identity and certificate, creates (or reloads) the fleet's
 * agents in its state folder, and runs them against the agent API until the process is asked to end (SIGTERM, Ctrl-C),
 * when it saves the state folder. New agents register with {@code --server}; an agent of the state folder reports to
 * its own home server, which may be another one after it was moved there, and resumes any relocation under way.
 */
@Command(name = "bulwark-fleet", mixinStandardHelpOptions = true, sortOptions = false, version = "bulwark-fleet (see the jar's version)", description = "Simulates many Bulwark agents in one process; they register with one management server and follow moves to others.")
public final class FleetCommand implements Callable<Integer> {

    /** Exit status when the server's certificate differs from the pinned one. */
    public static final int EXIT_FINGERPRINT_MISMATCH = 3;

    /** Exit status when the server cannot be reached or the state cannot be used. */
    public static final int EXIT_FAILURE = 1;

    /** Exit status when the server refuses to enrol the fleet's agents (a missing or wrong enrolment key). */
    public static final int EXIT_ENROLMENT_REFUSED = 4;

    private static final double MIN_INTERVAL_SECONDS = 0.1;
    private static final double MAX_INTERVAL_SECONDS = 3600;

    private static final int MAX_AGENTS = 1_000_000;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    private boolean help;

    @Option(names = "--server", paramLabel = "URL", required = true, description = "The base URL of the management server new agents register with, e.g. https://127.0.0.1:4343.")
    private URI server;

    @Option(names = "--agents", paramLabel = "N", required = true, description = "Number of agents, 1 to 1000000.")
    private int agents;

    @Option(names = "--interval", paramLabel = "S", defaultValue = "5", description = "Heartbeat interval in seconds, 0.1 to 3600; fractions allowed (default: ${DEFAULT-VALUE}).")
    private double intervalSeconds;

    @Option(names = "--offline-ratio", paramLabel = "R", defaultValue = "0", description = "Share of agents that are offline, 0 to 1 (default: ${DEFAULT-VALUE}).")
    private double offlineRatio;

    @Option(names = "--roaming-ratio", paramLabel = "R", defaultValue = "0", description = "Share of agents that are roaming, 0 to 1; laptops roam while there are enough of them (default: ${DEFAULT-VALUE}).")
    private double roamingRatio;

    @Option(names = "--seed", paramLabel = "N", description = "Seed for new agent identities (default: random, kept in the state folder).")
    private Long seed;

    @Option(names = "--state", paramLabel = "DIR", defaultValue = "fleet-state", description = "State folder: pinned server certificate and agent identities (default: ${DEFAULT-VALUE}).")
    private Path stateFolder;

    @Option(names = "--server-fingerprint", paramLabel = "FP", description = "SHA-256 fingerprint the server's certificate must have; replaces the pinned one.")
    private String serverFingerprint;

    @Option(names = "--enroll-key", paramLabel = "KEY", description = "The enrolment key the server was started with, if any.")
    private String enrolmentKey;

    private Fleet running;

    @Override
    public Integer call() throws InterruptedException {
        CertificateFingerprint given = checkOptions();
        PrintStream out = System.out;
        try {
            FleetState state = FleetState.open(stateFolder);
            Optional<ServerPin> pin = state.pin();
            CertificateFingerprint expected = given != null
                    ? given
                    : pin.map(p -> CertificateFingerprint.parse(p.fingerprint())).orElse(null);
            ServerContact.Answer answer = new ServerContact(server).serverInfo(isHttps() ? expected : null);
            reportServer(out, answer.info());
            if (isHttps()) {
                trust(out, state, answer.fingerprint(), given, pin.isPresent());
            } else {
                out.println("warning: plain HTTP; there is no certificate to pin"); //$NON-NLS-1$
            }
            AgentRoster roster = prepareAgents(out, state, pin, isHttps() ? answer.fingerprint() : null);
            Fleet fleet = new Fleet(new Fleet.Settings(server, agents, (int) Math.round(intervalSeconds * 1000),
                    offlineRatio, roamingRatio, isHttps() ? answer.fingerprint() : null, enrolmentKey), roster,
                    state, out, FleetCommand::refused);
            Runtime.getRuntime().addShutdownHook(new Thread(fleet::close, "fleet-shutdown")); //$NON-NLS-1$
            running = fleet;
            fleet.start();
            return 0;
        } catch (FingerprintMismatchException e) {
            System.err.println("bulwark-fleet: refusing " + server + ": " + e.getMessage() + "."); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            System.err.println("If the server's certificate was replaced on purpose, confirm the new fingerprint" //$NON-NLS-1$
                    + " with its administrator and run again with --server-fingerprint " + e.presented()); //$NON-NLS-1$
            return EXIT_FINGERPRINT_MISMATCH;
        } catch (IOException e) {
            System.err.println("bulwark-fleet: " + e.getMessage()); //$NON-NLS-1$
            return EXIT_FAILURE;
        }
    }

    private CertificateFingerprint checkOptions() {
        String scheme = server.getScheme() == null ? "" : server.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        if (!scheme.equals("https") && !scheme.equals("http") || server.getHost() == null) { //$NON-NLS-1$ //$NON-NLS-2$
            throw invalid("--server must be an http(s) URL with a host, e.g. https://127.0.0.1:4343, was " + server); //$NON-NLS-1$
        }
        if (agents < 1 || agents > MAX_AGENTS) {
            throw invalid("--agents must be 1 to " + MAX_AGENTS + ", was " + agents); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!(intervalSeconds >= MIN_INTERVAL_SECONDS) || intervalSeconds > MAX_INTERVAL_SECONDS) {
            throw invalid("--interval must be " + MIN_INTERVAL_SECONDS + " to " + MAX_INTERVAL_SECONDS //$NON-NLS-1$ //$NON-NLS-2$
                    + " seconds, was " + intervalSeconds); //$NON-NLS-1$
        }
        if (enrolmentKey != null && enrolmentKey.isBlank()) {
            throw invalid("--enroll-key must not be blank"); //$NON-NLS-1$
        }
        checkRatio("--offline-ratio", offlineRatio); //$NON-NLS-1$
        checkRatio("--roaming-ratio", roamingRatio); //$NON-NLS-1$
        if (offlineRatio + roamingRatio > 1) {
            throw invalid("--offline-ratio plus --roaming-ratio must be at most 1, was " //$NON-NLS-1$
                    + (offlineRatio + roamingRatio));
        }
        if (serverFingerprint == null) {
            return null;
        }
        if (!isHttps()) {
            throw invalid("--server-fingerprint needs an https --server URL"); //$NON-NLS-1$
        }
        try {
            return CertificateFingerprint.parse(serverFingerprint);
        } catch (IllegalArgumentException e) {
            throw invalid("--server-fingerprint: " + e.getMessage()); //$NON-NLS-1$
        }
    }

    private void checkRatio(String option, double ratio) {
        if (!(ratio >= 0 && ratio <= 1)) {
            throw invalid(option + " must be 0 to 1, was " + ratio); //$NON-NLS-1$
        }
    }

    private ParameterException invalid(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    private boolean isHttps() {
        return "https".equalsIgnoreCase(server.getScheme()); //$NON-NLS-1$
    }

    private void reportServer(PrintStream out, ServerInfo info) {
        out.println("server " + info.name() + " version " + info.version() + " at " + server + " (listening port " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + info.listeningPort() + ")"); //$NON-NLS-1$
    }

    private void trust(PrintStream out, FleetState state, CertificateFingerprint presented,
            CertificateFingerprint given, boolean pinned) throws IOException {
        String line = "certificate fingerprint SHA-256 " + presented; //$NON-NLS-1$
        if (given != null || !pinned) {
            state.savePin(new ServerPin(server.toString(), presented.toString(), Instant.now().toString()));
            out.println(line + (given != null ? " (as given; pinned)" : " (pinned on first use)")); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            out.println(line + " (matches the pin)"); //$NON-NLS-1$
        }
    }

    private AgentRoster prepareAgents(PrintStream out, FleetState state, Optional<ServerPin> pin,
            CertificateFingerprint presented) throws IOException {
        Optional<AgentRoster> stored = state.roster();
        if (stored.isPresent() && stored.get().needsMigration()) {
            StateMigration.Result migrated = StateMigration.migrate(stored.get(), pin, server.toString(), presented);
            state.saveRoster(migrated.roster());
            out.printf(Locale.ROOT, "state folder migrated to format %d: %d home servers now carry their certificate" //$NON-NLS-1$
                    + " fingerprint, %d agents of an unknown server register again%n", //$NON-NLS-1$
                    Integer.valueOf(AgentRoster.FORMAT), Integer.valueOf(migrated.pinned()),
                    Integer.valueOf(migrated.dropped()));
            stored = Optional.of(migrated.roster());
        }
        AgentRoster roster = stored.orElseGet(() -> new AgentRoster(seed != null ? seed : new SecureRandom().nextLong(),
                List.of()));
        if (stored.isPresent() && seed != null && seed != roster.seed()) {
            out.println("note: the state folder's agents were created with seed " + roster.seed() //$NON-NLS-1$
                    + "; --seed " + seed + " only applies to a new state folder"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        AgentRoster grown = roster.grownTo(agents);
        if (grown != roster || stored.isEmpty()) {
            state.saveRoster(grown);
        }
        int created = grown.agents().size() - roster.agents().size();
        out.printf(Locale.ROOT, "agents: %d (%d created, %d reused) in %s, seed %d%n", agents, created, //$NON-NLS-1$
                agents - created, state.folder(), grown.seed());
        out.printf(Locale.ROOT, "simulation: heartbeat every %s s, offline ratio %s, roaming ratio %s%n", //$NON-NLS-1$
                intervalSeconds, offlineRatio, roamingRatio);
        return grown;
    }

    private static void refused(String message) {
        System.err.println("bulwark-fleet: the server refuses to enrol agents: " + message //$NON-NLS-1$
                + "; start the fleet with the server's --enroll-key"); //$NON-NLS-1$
        // Exit from a fresh thread: the shutdown hook saves the state, and exit must not wait on the caller's thread.
        new Thread(() -> System.exit(EXIT_ENROLMENT_REFUSED), "fleet-exit").start(); //$NON-NLS-1$
    }

    /**
     * Runs the command. The process keeps running while the fleet runs; it exits at once with 1 on a failure, 2 on bad
     * options, 3 on a certificate mismatch, and later with 4 if the server refuses to enrol the agents.
     *
     * @param args
     *            the command line
     */
    public static void main(String[] args) {
        FleetCommand command = new FleetCommand();
        int status = new CommandLine(command).execute(args);
        if (command.running == null) {
            System.exit(status);
        }
    }
}
