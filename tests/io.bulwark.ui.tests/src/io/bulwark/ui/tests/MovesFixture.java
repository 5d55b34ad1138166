package io.bulwark.ui.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import io.bulwark.client.AgentQuery;
import io.bulwark.client.Credentials;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.core.move.MoveJournal;
import io.bulwark.core.move.MovePhase;
import io.bulwark.core.move.MovePlan;
import io.bulwark.core.move.MovePlanRequest;
import io.bulwark.core.move.MovePlanner;
import io.bulwark.core.move.MoveRunner;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.test.servers.Concurrently;
import io.bulwark.test.servers.ScratchFolder;
import io.bulwark.test.servers.ServerWithFleet;
import io.bulwark.test.servers.TestServer;

/**
 * The console set-up of the moves test, started before the workbench when {@value #ENABLE_PROPERTY} is set: the source
 * server with a fleet of {@value #AGENTS} agents heartbeating every second, and an empty target server with the domain
 * {@value #TARGET_DOMAIN}, both signed in as root and listed for the console ({@link StartupList}). The move journal is
 * the folder the system property {@code bulwark.moves} names, emptied first; then it holds one job only, a move of
 * {@value #LEFT_UNFINISHED} more agents to the target's root that a console started and stopped following right after
 * the source accepted it, as if it had been closed or killed ({@link #unfinishedMove()}). The plan file the wizard
 * saves is answered by an {@link AnsweringFileChooser}.
 */
public final class MovesFixture {

    /** System property that enables the fixture. */
    public static final String ENABLE_PROPERTY = "bulwark.test.moves";

    /** The servers' names in the start-up list. */
    public static final String SOURCE = "Source site";
    public static final String TARGET = "Target site";

    /** How many agents the source's fleet registers for the tests to move. */
    public static final int AGENTS = 6;

    /** How many more agents it registers for the move left unfinished before the console starts. */
    public static final int LEFT_UNFINISHED = 2;

    /**
     * The move a console started and stopped following.
     *
     * @param moveId
     *            its job in the journal
     * @param agentIds
     *            its agents
     */
    public record UnfinishedMove(UUID moveId, List<UUID> agentIds) {
    }

    /** The domain the agents are dropped on. */
    public static final String TARGET_DOMAIN = "Arrivals";

    private static final List<TestServer> SERVERS = new CopyOnWriteArrayList<>();
    private static final List<UnfinishedMove> UNFINISHED = new CopyOnWriteArrayList<>();

    private final List<AutoCloseable> started = new ArrayList<>();
    private ServiceRegistration<?> fileChooser;

    /** Starts the servers and the fleet when enabled; called by the test bundle's activator. */
    public void start(BundleContext context) throws Exception {
        if (!Boolean.getBoolean(ENABLE_PROPERTY)) {
            return;
        }
        emptyJournal();
        ScratchFolder scratch = ScratchFolder.create("bulwark-ui-moves");
        started.add(scratch);
        Path folder = scratch.path();
        List<Callable<AutoCloseable>> starts = List.of(
                () -> ServerWithFleet.starting(folder.resolve("source"), SOURCE, AGENTS + LEFT_UNFINISHED, "--interval",
                        "1").call(),
                () -> TestServer.start(folder.resolve("target"), "--name", TARGET));
        List<AutoCloseable> running = Concurrently.start(starts);
        started.addAll(running);
        TestServer source = ((ServerWithFleet) running.get(0)).server();
        TestServer target = (TestServer) running.get(1);
        SERVERS.add(source);
        SERVERS.add(target);
        try (ServerClient client = client(target)) {
            client.createDomain(TARGET_DOMAIN, null, null);
        }
        UNFINISHED.add(leaveUnfinished());
        StartupList.add(SOURCE, source, "root");
        StartupList.add(TARGET, target, "root");
        fileChooser = AnsweringFileChooser.register(context);
    }

    /**
     * Plans a move of {@value #LEFT_UNFINISHED} of the source's agents to the target's root through the core, as the
     * console plans one, journals it and takes the step that obtains the ticket and has the source accept the move;
     * then stops, as a console closed or killed at that moment would. Its agents relocate on their next heartbeats, but
     * the job stays started in the journal until a console follows it again.
     */
    private static UnfinishedMove leaveUnfinished() throws Exception {
        try (ServerClient source = source(); ServerClient target = target()) {
            List<UUID> agents = new ArrayList<>();
            source.streamAgents(AgentQuery.all(), agent -> agents.add(agent.id()), null);
            List<UUID> chosen = List.copyOf(agents.subList(0, LEFT_UNFINISHED));
            MovePlan plan = new MovePlanner(source, target).plan(MovePlanRequest.of(chosen, null), null);
            MoveJournal journal = new MoveJournal(journalFolder());
            journal.create(plan);
            MoveJobRecord started = new MoveRunner(journal, source, target).step(plan.moveId(), null);
            if (started.phase() != MovePhase.STARTED) {
                throw new IllegalStateException("The move left unfinished did not start: " + started);
            }
            return new UnfinishedMove(plan.moveId(), chosen);
        }
    }

    /**
     * @return the move a console started and stopped following before this console started; its agents left the
     *         source's {@value #AGENTS} for the tests
     */
    public static UnfinishedMove unfinishedMove() {
        return UNFINISHED.get(0);
    }

    /** Empties the journal folder the console will use, so the test sees only the jobs it starts. */
    private static void emptyJournal() throws IOException {
        Path journal = journalFolder();
        if (Files.isDirectory(journal)) {
            try (Stream<Path> files = Files.walk(journal)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static Path journalFolder() {
        String named = System.getProperty("bulwark.moves");
        if (named == null || named.isBlank()) {
            throw new IllegalStateException("The moves test needs the system property bulwark.moves, or it would use "
                    + "the move journal of the person running it");
        }
        return Path.of(named);
    }

    /** @return a client signed in as root on the source server */
    public static ServerClient source() {
        return client(SERVERS.get(0));
    }

    /** @return a client signed in as root on the target server */
    public static ServerClient target() {
        return client(SERVERS.get(1));
    }

    private static ServerClient client(TestServer server) {
        return new ServerClient(ServerAddress.parse(server.uri().toString()),
                new Credentials("root", server.rootPassword().toCharArray()),
                CertificateFingerprint.parse(server.fingerprint()));
    }

    /** Stops what {@link #start} started, last first. */
    public void stop(BundleContext context) throws Exception {
        if (fileChooser != null) {
            fileChooser.unregister();
            fileChooser = null;
        }
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
        started.clear();
        SERVERS.clear();
        UNFINISHED.clear();
    }
}
