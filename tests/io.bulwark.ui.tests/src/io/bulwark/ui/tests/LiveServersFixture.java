package io.bulwark.ui.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;

import io.bulwark.test.servers.Concurrently;
import io.bulwark.test.servers.ScratchFolder;
import io.bulwark.test.servers.ServerWithFleet;
import io.bulwark.test.servers.TestServer;

/**
 * Two real management servers, each with a fleet, started before the console under test starts and handed to it through
 * the {@link StartupList}, signed in to as root: the set-up the demo shows. Two of them exist, each active only in a
 * test run that sets its system property, and both can serve one console: {@link #SMALL} ("Head office" and "Remote
 * site" with 4 and 3 agents heartbeating every second, for what the demo shows first and the Details part and domain
 * commands) and {@link #LARGE} ("Large office" and "Small office" with 1,200 and 800 agents heartbeating every five
 * seconds, for the agent tree: a level above the bucket size, one below it).
 */
public final class LiveServersFixture {

    /** System property that enables the small fleets. */
    public static final String ENABLE_PROPERTY = "bulwark.test.liveServers";

    /** System property that enables the large fleets. */
    public static final String LARGE_PROPERTY = "bulwark.test.largeFleets";

    /** The small fleets. */
    public static final LiveServersFixture SMALL = new LiveServersFixture(ENABLE_PROPERTY, "bulwark-ui-live",
            List.of("Head office", "Remote site"), List.of(Integer.valueOf(4), Integer.valueOf(3)), "1");

    /** The large fleets. */
    public static final LiveServersFixture LARGE = new LiveServersFixture(LARGE_PROPERTY, "bulwark-ui-large",
            List.of("Large office", "Small office"), List.of(Integer.valueOf(1200), Integer.valueOf(800)), "5");

    private final String enableProperty;
    private final String folderPrefix;
    private final List<String> names;
    private final List<Integer> agents;
    private final String interval;
    private final List<TestServer> servers = new CopyOnWriteArrayList<>();
    private final List<AutoCloseable> started = new ArrayList<>();

    private LiveServersFixture(String enableProperty, String folderPrefix, List<String> names, List<Integer> agents,
            String interval) {
        this.enableProperty = enableProperty;
        this.folderPrefix = folderPrefix;
        this.names = names;
        this.agents = agents;
        this.interval = interval;
    }

    /** @return the servers' names in the start-up list */
    public List<String> names() {
        return names;
    }

    /** @return how many agents each server's fleet registers, in the order of {@link #names()} */
    public List<Integer> agents() {
        return agents;
    }

    /** @return the running servers, in the order of {@link #names()}, for tests that set up state through the API */
    public List<TestServer> servers() {
        return List.copyOf(servers);
    }

    /** Starts the servers and fleets and lists them for the console, if this run enables them. */
    void start() throws Exception {
        if (!Boolean.getBoolean(enableProperty)) {
            return;
        }
        ScratchFolder scratch = ScratchFolder.create(folderPrefix);
        started.add(scratch);
        Path folder = scratch.path();
        List<Callable<ServerWithFleet>> starts = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            starts.add(ServerWithFleet.starting(folder.resolve("server-" + i), names.get(i), agents.get(i).intValue(),
                    "--interval", interval));
        }
        List<ServerWithFleet> running = Concurrently.start(starts);
        started.addAll(running);
        for (int i = 0; i < running.size(); i++) {
            TestServer server = running.get(i).server();
            servers.add(server);
            StartupList.add(names.get(i), server, "root");
        }
    }

    /** Stops what {@link #start()} started, last first. */
    void stop() throws Exception {
        for (int i = started.size() - 1; i >= 0; i--) {
            started.get(i).close();
        }
        started.clear();
        servers.clear();
    }
}
