package io.bulwark.console.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;

import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelPackage;
import io.bulwark.model.tree.AgentTreeIndex;
import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Wait;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.WidgetIds;

/**
 * The running console with {@value TenServersFixture#SERVERS} servers of {@value TenServersFixture#AGENTS_PER_SERVER}
 * agents ({@link TenServersFixture}) against DESIGN §7's budgets, measured from outside as a person meets it:
 * <ul>
 * <li>the time from a server's agents arriving in the model (its connection becomes connected, which it does once its
 * tree is loaded) until its row in the Agents tree is open with its rows drawn, after disconnecting every server and
 * connecting them all again; the worst server counts (budget {@value #USABLE_BUDGET_SECONDS} s);</li>
 * <li>the console's whole heap once everything is loaded, after garbage collection (budget {@value #HEAP_BUDGET_MIB}
 * MiB);</li>
 * <li>per keystroke typed into the filter box with real OS events, the time from the key press until the box shows the
 * character and the tree has drawn the result (budget {@value #KEYSTROKE_BUDGET_MILLIS} ms).</li>
 * </ul>
 * Results are printed as {@code name: value unit} lines, ratios to the budgets last, and written to the file named by
 * {@value #RESULTS_PROPERTY}. Every wait is a poll from the test thread, so each time includes up to a millisecond of
 * polling: the numbers err on the slow side.
 */
class ConsoleUiBenchmark {

    /** System property: the file the measurements are written to. */
    static final String RESULTS_PROPERTY = "bulwark.bench.results";

    static final double KEYSTROKE_BUDGET_MILLIS = 100;
    static final double HEAP_BUDGET_MIB = 1024;
    static final double USABLE_BUDGET_SECONDS = 3;

    private static final String NAME = "console-ui"; //$NON-NLS-1$
    private static final String TYPED = "host-0042 status:online"; //$NON-NLS-1$
    private static final int ROUNDS = 3;
    private static final Duration LOAD_TIMEOUT = Duration.ofMinutes(5);
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    private final List<String> results = new ArrayList<>();

    @Test
    void tenServersOfTenThousandAgents() throws Exception {
        Shell window = Widgets.shell("Bulwark"); //$NON-NLS-1$
        Input input = new Input();
        input.activate(window);
        Widgets widgets = new Widgets(WidgetIds.KEY);
        Tree tree = widgets.byId(Tree.class, WidgetIds.AGENTS_TREE);
        Text filter = widgets.byId(Text.class, WidgetIds.AGENTS_FILTER_TEXT);
        ServerConnections connections = service(ServerConnections.class);
        List<ManagementServer> servers = UiThread
                .call(() -> List.copyOf(service(ServerRegistryService.class).getRegistry().getServers()));
        assertEquals(TenServersFixture.SERVERS, servers.size());

        // The console connected to every server on its own at start-up: that first load warms it up.
        Wait.until("every server's agents are loaded", () -> agentCount(connections, servers) == expectedAgents(),
                LOAD_TIMEOUT);
        waitUntilShown(tree, servers, new long[servers.size()]);

        double usableSeconds = reconnect(tree, connections, servers);
        int agents = agentCount(connections, servers);
        double heapMib = usedHeapAfterGc() / (1024.0 * 1024.0);
        List<String> slowest = new ArrayList<>();
        double[] keystrokes = keystrokes(input, filter, tree, slowest);
        double median = keystrokes[keystrokes.length / 2];
        double worst = keystrokes[keystrokes.length - 1];

        report("agents", agents, "agents on " + servers.size() + " servers, in the console's model"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        report("usable", usableSeconds, //$NON-NLS-1$
                "s from a server's agents arriving until its row is open and drawn (worst of every server)"); //$NON-NLS-1$
        report("heap", heapMib, "MiB of the console's heap with every agent loaded, after garbage collection"); //$NON-NLS-1$ //$NON-NLS-2$
        report("keystroke.median", median, "ms from a key press in the filter box until the tree is drawn (median of " //$NON-NLS-1$ //$NON-NLS-2$
                + keystrokes.length + " keystrokes: \"" + TYPED + "\" typed " + ROUNDS + " times)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        report("keystroke.worst", worst, "ms; the slowest: " + String.join(", ", slowest)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        report("usable.ratio", usableSeconds / USABLE_BUDGET_SECONDS, //$NON-NLS-1$
                verdict(usableSeconds / USABLE_BUDGET_SECONDS, (int) USABLE_BUDGET_SECONDS + " s")); //$NON-NLS-1$
        report("heap.ratio", heapMib / HEAP_BUDGET_MIB, verdict(heapMib / HEAP_BUDGET_MIB, (int) HEAP_BUDGET_MIB //$NON-NLS-1$
                + " MiB")); //$NON-NLS-1$
        report("keystroke.ratio", worst / KEYSTROKE_BUDGET_MILLIS, verdict(worst / KEYSTROKE_BUDGET_MILLIS, //$NON-NLS-1$
                (int) KEYSTROKE_BUDGET_MILLIS + " ms, worst keystroke")); //$NON-NLS-1$
        writeResults();
        assertEquals(expectedAgents(), agents);
    }

    /**
     * Disconnects every server, then connects them all again, and returns the worst time from a server's connection
     * becoming connected (its tree loaded) until its row is open with rows drawn.
     */
    private static double reconnect(Tree tree, ServerConnections connections, List<ManagementServer> servers) {
        UiThread.run(() -> servers.forEach(connections::disconnect));
        Wait.until("every server is disconnected", () -> agentCount(connections, servers) == 0, LOAD_TIMEOUT);
        long[] arrived = new long[servers.size()];
        List<AdapterImpl> watchers = new ArrayList<>();
        UiThread.run(() -> {
            for (int i = 0; i < servers.size(); i++) {
                int index = i;
                AdapterImpl watcher = new AdapterImpl() {
                    @Override
                    public void notifyChanged(Notification notification) {
                        if (notification.getFeature() == ModelPackage.Literals.MANAGEMENT_SERVER__STATE
                                && notification.getNewValue() == ConnectionState.CONNECTED) {
                            arrived[index] = System.nanoTime();
                        }
                    }
                };
                servers.get(i).eAdapters().add(watcher);
                watchers.add(watcher);
            }
        });
        UiThread.run(() -> servers.forEach(connections::connect));
        long[] shown = new long[servers.size()];
        waitUntilShown(tree, servers, shown);
        UiThread.run(() -> {
            for (int i = 0; i < servers.size(); i++) {
                servers.get(i).eAdapters().remove(watchers.get(i));
            }
        });
        long worst = 0;
        for (int i = 0; i < servers.size(); i++) {
            worst = Math.max(worst, shown[i] - arrived[i]);
        }
        return worst / 1e9;
    }

    /**
     * Polls until every server's row is open with its children drawn; records for each the first moment it was, in
     * {@code shown}.
     */
    private static void waitUntilShown(Tree tree, List<ManagementServer> servers, long[] shown) {
        poll("every server's row is open with its rows drawn", () -> UiThread.call(() -> {
            tree.update();
            boolean all = true;
            for (int i = 0; i < servers.size(); i++) {
                if (shown[i] == 0 && isShown(tree, servers.get(i).getName())) {
                    shown[i] = System.nanoTime();
                }
                all &= shown[i] != 0;
            }
            return Boolean.valueOf(all);
        }).booleanValue(), LOAD_TIMEOUT);
    }

    private static boolean isShown(Tree tree, String serverName) {
        for (TreeItem row : tree.getItems()) {
            if (row.getText().startsWith(serverName + " (")) { //$NON-NLS-1$
                return row.getExpanded() && row.getItemCount() > 0 && !row.getItem(0).getText().isEmpty();
            }
        }
        return false;
    }

    /**
     * Types {@link #TYPED} {@link #ROUNDS} times, key by key; each keystroke's time, sorted. Adds the three slowest to
     * {@code slowest}, each with the filter text it made.
     */
    private static double[] keystrokes(Input input, Text filter, Tree tree, List<String> slowest) {
        double[] times = new double[ROUNDS * TYPED.length()];
        String[] texts = new String[times.length];
        int n = 0;
        for (int round = 0; round < ROUNDS; round++) {
            input.click(Input.centre(filter));
            Wait.untilOnUi("the filter box has the keyboard", filter::isFocusControl);
            for (int length = 1; length <= TYPED.length(); length++) {
                String expected = TYPED.substring(0, length);
                long pressed = System.nanoTime();
                input.type(TYPED.substring(length - 1, length));
                poll("the filter box shows '" + expected + "' and the tree is drawn", () -> UiThread.call(() -> { //$NON-NLS-1$ //$NON-NLS-2$
                    if (!expected.equals(filter.getText())) {
                        return Boolean.FALSE;
                    }
                    tree.update();
                    return Boolean.TRUE;
                }).booleanValue(), Wait.DEFAULT_TIMEOUT);
                // Work the key scheduled for later (a refresh posted to the display) counts too.
                UiThread.run(tree::update);
                texts[n] = expected;
                times[n++] = (System.nanoTime() - pressed) / 1e6;
            }
            input.chord(java.awt.event.KeyEvent.VK_A, java.awt.event.KeyEvent.VK_CONTROL);
            input.press(java.awt.event.KeyEvent.VK_BACK_SPACE);
            Wait.untilOnUi("the filter box is empty", () -> filter.getText().isEmpty());
        }
        Integer[] order = new Integer[times.length];
        Arrays.setAll(order, i -> Integer.valueOf(i));
        Arrays.sort(order, (a, b) -> Double.compare(times[b.intValue()], times[a.intValue()]));
        for (int i = 0; i < 3; i++) {
            int index = order[i].intValue();
            slowest.add(String.format(Locale.ROOT, "'%s' %.0f ms", texts[index], Double.valueOf(times[index]))); //$NON-NLS-1$
        }
        Arrays.sort(times);
        return times;
    }

    private static void poll(String description, BooleanSupplier condition, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting until " + description); //$NON-NLS-1$ //$NON-NLS-2$
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }

    private static int agentCount(ServerConnections connections, List<ManagementServer> servers) {
        return UiThread.call(() -> {
            int count = 0;
            for (ManagementServer server : servers) {
                var connection = connections.connection(server);
                if (connection != null && connection.tree() != null) {
                    count += AgentTreeIndex.of(connection.tree()).agentCount();
                }
            }
            return Integer.valueOf(count);
        }).intValue();
    }

    private static int expectedAgents() {
        return TenServersFixture.SERVERS * TenServersFixture.AGENTS_PER_SERVER;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static <T> T service(Class<T> type) {
        BundleContext context = FrameworkUtil.getBundle(ConsoleUiBenchmark.class).getBundleContext();
        return context.getService(context.getServiceReference(type));
    }

    private void report(String name, double value, String unit) {
        String line = String.format(Locale.ROOT, "%s.%s: %.2f %s", NAME, name, Double.valueOf(value), unit); //$NON-NLS-1$
        results.add(line);
        System.out.println(line);
    }

    private static String verdict(double ratio, String budget) {
        return "x budget (" + budget + (ratio <= 1 ? "; within budget)" : "; OVER BUDGET)"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    private void writeResults() throws IOException {
        String file = System.getProperty(RESULTS_PROPERTY);
        if (file != null) {
            Path path = Path.of(file);
            Files.createDirectories(path.getParent());
            Files.write(path, results, StandardCharsets.UTF_8);
        }
    }
}
