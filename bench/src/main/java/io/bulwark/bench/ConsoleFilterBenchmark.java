package io.bulwark.bench;

import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import io.bulwark.bench.internal.Folders;
import io.bulwark.bench.internal.LoadGenerator;
import io.bulwark.client.Credentials;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerConnection;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.tree.AgentFilter;
import io.bulwark.model.tree.AgentFilterException;
import io.bulwark.model.tree.AgentTreeIndex;
import io.bulwark.model.tree.FilteredAgentTree;
import io.bulwark.model.tree.SortedAgentTree;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.FingerprintTrust;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.agent.Registration;
import io.bulwark.server.ServerOptions;

/**
 * The console's agent tree over {@value #SERVERS} servers of {@value #AGENTS_PER_SERVER} agents each: the heap their
 * live model takes, and what one keystroke in the filter box costs, against DESIGN §7's budgets (a keystroke under
 * {@value #KEYSTROKE_BUDGET_MILLIS} ms, the heap under {@value #HEAP_BUDGET_MIB} MiB).
 * <p>
 * Real servers run in this process, each on its embedded database with its agents registered over the agent API. The
 * console's own path loads them: one {@code ServerConnection} per server into one resource set, on one model thread, as
 * in the console. A keystroke is what the Agents part does on the model thread before the tree widget refreshes: read
 * the filter text and build every server's filtered, sorted and bucketed snapshot. The tree widget's own refresh (a
 * virtual tree, which draws only the rows on screen) is not part of this measurement; see the README.
 */
public final class ConsoleFilterBenchmark implements Benchmark {

    static final int SERVERS = 10;
    static final int AGENTS_PER_SERVER = 10_000;
    static final double KEYSTROKE_BUDGET_MILLIS = 100;
    static final double HEAP_BUDGET_MIB = 1024;

    /** Typed key by key: each prefix is one keystroke. */
    private static final String TYPED = "host-0042 status:online"; //$NON-NLS-1$
    private static final int ROUNDS = 5;
    private static final String PASSWORD = "bench-password"; //$NON-NLS-1$

    private final WireJson json = WireJson.create(WireJson.UnknownMembers.IGNORE);

    @Override
    public String name() {
        return "console-filter"; //$NON-NLS-1$
    }

    @Override
    public String description() {
        return SERVERS + " servers x " + AGENTS_PER_SERVER + " agents in the console's model: filter latency per" //$NON-NLS-1$ //$NON-NLS-2$
                + " keystroke vs " + (int) KEYSTROKE_BUDGET_MILLIS + " ms, model heap vs " + (int) HEAP_BUDGET_MIB //$NON-NLS-1$ //$NON-NLS-2$
                + " MiB"; //$NON-NLS-1$
    }

    @Override
    public boolean usesRequestLoad() {
        return false;
    }

    @Override
    public List<Measurement> run(LoadSettings settings) throws Exception {
        Path data = Files.createTempDirectory("bulwark-bench-"); //$NON-NLS-1$
        List<io.bulwark.server.ManagementServer> servers = new ArrayList<>();
        PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
        try {
            for (int i = 0; i < SERVERS; i++) {
                ServerOptions local = ServerOptions.local(0, data.resolve("server-" + i)); //$NON-NLS-1$
                io.bulwark.server.ManagementServer server = io.bulwark.server.ManagementServer
                        .start(new ServerOptions(local.port(), local.dataFolder(), PASSWORD.toCharArray(),
                                "bench-" + i, local.bindAddress(), false, local.certValidityYears(), null, null, //$NON-NLS-1$
                                false, null), silent);
                servers.add(server);
                register(server, i, settings.concurrency());
            }
            return measure(servers);
        } finally {
            for (io.bulwark.server.ManagementServer server : servers) {
                server.close();
            }
            Folders.deleteTree(data);
        }
    }

    private List<Measurement> measure(List<io.bulwark.server.ManagementServer> servers) throws Exception {
        ExecutorService modelThread = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bench-model"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        List<ServerConnection> connections = new ArrayList<>();
        try {
            ResourceSet resources = new ResourceSetImpl();
            long start = System.nanoTime();
            for (int i = 0; i < servers.size(); i++) {
                connections.add(open(servers.get(i), i, resources, modelThread));
            }
            int agents = onModelThread(modelThread, () -> connections.stream()
                    .mapToInt(connection -> AgentTreeIndex.of(connection.tree()).agentCount()).sum()).intValue();
            double loadSeconds = (System.nanoTime() - start) / 1e9;
            if (agents != SERVERS * AGENTS_PER_SERVER) {
                throw new IllegalStateException("loaded " + agents + " agents, expected " //$NON-NLS-1$ //$NON-NLS-2$
                        + SERVERS * AGENTS_PER_SERVER);
            }
            double[] keystrokes = keystrokes(connections, modelThread);
            long withModel = usedHeap(memory);
            for (ServerConnection connection : connections) {
                connection.close();
            }
            connections.clear();
            onModelThread(modelThread, () -> {
                resources.getResources().clear();
                return null;
            });
            double heapMib = (withModel - usedHeap(memory)) / (1024.0 * 1024.0);
            double median = keystrokes[keystrokes.length / 2];
            double worst = keystrokes[keystrokes.length - 1];
            List<Measurement> result = new ArrayList<>();
            result.add(new Measurement(name() + ".agents", agents, "agents on " + SERVERS + " servers")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            result.add(new Measurement(name() + ".load", loadSeconds, "s to open every connection (sequentially)")); //$NON-NLS-1$ //$NON-NLS-2$
            result.add(new Measurement(name() + ".keystroke.median", median, //$NON-NLS-1$
                    "ms per keystroke (median of " + keystrokes.length + " keystrokes typing \"" + TYPED + "\")")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            result.add(new Measurement(name() + ".keystroke.worst", worst, "ms")); //$NON-NLS-1$ //$NON-NLS-2$
            result.add(new Measurement(name() + ".heap", heapMib, //$NON-NLS-1$
                    "MiB of heap the live model of every agent takes (used heap with it minus without it, servers running in both)")); //$NON-NLS-1$
            result.add(new Measurement(name() + ".heap.ratio", heapMib / HEAP_BUDGET_MIB, //$NON-NLS-1$
                    verdict(heapMib / HEAP_BUDGET_MIB, (int) HEAP_BUDGET_MIB + " MiB"))); //$NON-NLS-1$
            result.add(new Measurement(name() + ".keystroke.ratio", worst / KEYSTROKE_BUDGET_MILLIS, //$NON-NLS-1$
                    verdict(worst / KEYSTROKE_BUDGET_MILLIS, (int) KEYSTROKE_BUDGET_MILLIS + " ms, worst keystroke"))); //$NON-NLS-1$
            return result;
        } finally {
            for (ServerConnection connection : connections) {
                connection.close();
            }
            modelThread.shutdownNow();
        }
    }

    /** Types {@link #TYPED} key by key, {@link #ROUNDS} times; for each keystroke its best round, sorted. */
    private static double[] keystrokes(List<ServerConnection> connections, ExecutorService modelThread)
            throws Exception {
        // As in the console: each server's order is sorted once, when the tree first shows, and outlives keystrokes.
        List<SortedAgentTree> orders = onModelThread(modelThread,
                () -> connections.stream().map(connection -> SortedAgentTree.of(connection.tree())).toList());
        onModelThread(modelThread, () -> Integer.valueOf(
                orders.stream().mapToInt(order -> FilteredAgentTree.of(order, AgentFilter.ALL).matchCount()).sum()));
        double[] best = new double[TYPED.length()];
        Arrays.fill(best, Double.MAX_VALUE);
        for (int round = 0; round < ROUNDS; round++) {
            for (int length = 1; length <= TYPED.length(); length++) {
                String text = TYPED.substring(0, length);
                double millis = onModelThread(modelThread, () -> {
                    long start = System.nanoTime();
                    AgentFilter filter;
                    try {
                        filter = AgentFilter.parse(text);
                    } catch (AgentFilterException e) {
                        // Half a term ("status:onl"): the part names it and keeps showing what it showed.
                        return Double.valueOf((System.nanoTime() - start) / 1e6);
                    }
                    int matches = 0;
                    for (SortedAgentTree order : orders) {
                        matches += FilteredAgentTree.of(order, filter).matchCount();
                    }
                    if (matches < 0) {
                        throw new IllegalStateException();
                    }
                    return Double.valueOf((System.nanoTime() - start) / 1e6);
                }).doubleValue();
                best[length - 1] = Math.min(best[length - 1], millis);
            }
        }
        Arrays.sort(best);
        return best;
    }

    private static String verdict(double ratio, String budget) {
        return "x budget (" + budget + (ratio <= 1 ? "; within budget)" : "; OVER BUDGET)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static long usedHeap(MemoryMXBean memory) throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static ServerConnection open(io.bulwark.server.ManagementServer server, int index, ResourceSet resources,
            ExecutorService modelThread) throws Exception {
        CertificateFingerprint fingerprint = server.fingerprint().orElseThrow();
        ServerAddress address = new ServerAddress(true, server.uri().getHost(), server.uri().getPort());
        ServerClient client = new ServerClient(address, new Credentials("root", PASSWORD.toCharArray()), fingerprint); //$NON-NLS-1$
        ServerConnection connection = onModelThread(modelThread, () -> {
            ManagementServer model = ModelFactory.eINSTANCE.createManagementServer();
            model.setId("bench-" + index); //$NON-NLS-1$
            model.setName("bench-" + index); //$NON-NLS-1$
            model.setHost(address.host());
            model.setPort(address.port());
            model.setUseTls(true);
            return new ServerConnection(model, client, resources, modelThread);
        });
        connection.open(new NullProgressMonitor());
        return connection;
    }

    private void register(io.bulwark.server.ManagementServer server, int serverIndex, int concurrency)
            throws Exception {
        LoadGenerator load = new LoadGenerator(
                FingerprintTrust.pinned(server.fingerprint().orElseThrow()).sslContext(), concurrency);
        URI register = server.uri().resolve(ApiPaths.AGENT_REGISTER);
        load.run(AGENTS_PER_SERVER, index -> HttpRequest.newBuilder(register).timeout(LoadGenerator.REQUEST_TIMEOUT)
                .header("Content-Type", WireJson.MEDIA_TYPE) //$NON-NLS-1$
                .POST(HttpRequest.BodyPublishers.ofByteArray(registration(serverIndex, index))).build());
    }

    private byte[] registration(int serverIndex, int index) {
        UUID agent = UUID.nameUUIDFromBytes(("bench-console-" + serverIndex + "-" + index) //$NON-NLS-1$ //$NON-NLS-2$
                .getBytes(StandardCharsets.UTF_8));
        String ip = "10." + serverIndex + "." + (index >> 8 & 0xFF) + "." + (index & 0xFF); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return json.write(new Registration(agent, String.format(Locale.ROOT, "host-%05d", Integer.valueOf(index)), ip, //$NON-NLS-1$
                "14.0.2049", 3_600_000, false, Map.of("virus_pattern", "19.321.00"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private static <T> T onModelThread(ExecutorService modelThread, Callable<T> task) throws Exception {
        try {
            return modelThread.submit(task).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
