package io.bulwark.bench;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The {@code bulwark-bench} command: runs one benchmark by name and prints its measurements, one
 * {@code name: value unit} per line, ratio last.
 */
@Command(name = "bulwark-bench", mixinStandardHelpOptions = true, version = "bulwark-bench", description = "Runs a Bulwark benchmark against a baseline in the same run and prints the ratio.")
public final class BenchCommand implements Callable<Integer> {

    private static final Map<String, Benchmark> BENCHMARKS = List
            .<Benchmark>of(new ServerInfoBenchmark(), new HeartbeatBenchmark(), new AgentListBenchmark(),
                    new ConsoleFilterBenchmark(), new MoveBenchmark())
            .stream()
            .collect(Collectors.toMap(Benchmark::name, Function.identity()));

    @Parameters(index = "0", paramLabel = "NAME", description = "The benchmark: ${COMPLETION-CANDIDATES}.", completionCandidates = Names.class)
    private String name;

    @Option(names = "--requests", paramLabel = "N", defaultValue = "15000", description = "Measured requests per side (default: ${DEFAULT-VALUE}).")
    private int requests;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "5000", description = "Unmeasured requests per side first (default: ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--concurrency", paramLabel = "N", defaultValue = "8", description = "Requests in flight (default: ${DEFAULT-VALUE}).")
    private int concurrency;

    @Override
    public Integer call() throws Exception {
        Benchmark benchmark = BENCHMARKS.get(name);
        if (benchmark == null) {
            System.err.println("bulwark-bench: no benchmark " + name + "; known: " + BENCHMARKS.keySet()); //$NON-NLS-1$ //$NON-NLS-2$
            return 2;
        }
        if (requests < 1 || warmup < 0 || concurrency < 1) {
            System.err.println("bulwark-bench: --requests and --concurrency must be positive, --warmup not negative"); //$NON-NLS-1$
            return 2;
        }
        System.out.println("# " + benchmark.name() + ": " + benchmark.description()); //$NON-NLS-1$ //$NON-NLS-2$
        if (benchmark.usesRequestLoad()) {
            System.out.println("# " + requests + " requests per side after " + warmup + " warm-up, " + concurrency //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + " in flight, " + Runtime.getRuntime().availableProcessors() + " cores"); //$NON-NLS-1$ //$NON-NLS-2$
        } else {
            System.out.println("# " + Runtime.getRuntime().availableProcessors() + " cores"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (Measurement measurement : benchmark.run(new LoadSettings(requests, warmup, concurrency))) {
            System.out.println(measurement);
        }
        return 0;
    }

    /**
     * Runs the command and exits with its status.
     *
     * @param args
     *            the command line
     */
    public static void main(String[] args) {
        System.exit(new CommandLine(new BenchCommand()).execute(args));
    }

    static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return BENCHMARKS.keySet().iterator();
        }
    }
}
