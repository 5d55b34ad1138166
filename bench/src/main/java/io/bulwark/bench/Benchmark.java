package io.bulwark.bench;

import java.util.List;

/**
 * A benchmark that measures a Bulwark path against a baseline in the same run. Implementations print progress to
 * nothing and return their measurements, including the ratio to the baseline.
 */
public interface Benchmark {

    /** @return the name to select it on the command line, e.g. {@code server-info} */
    String name();

    /** @return one sentence saying what is compared with what */
    String description();

    /** @return whether the request counts and concurrency of {@link LoadSettings} shape this benchmark's load */
    default boolean usesRequestLoad() {
        return true;
    }

    /**
     * @param settings
     *            how much load to apply
     * @return the measurements, baseline first, ratio last
     * @throws Exception
     *             if the benchmark cannot run
     */
    List<Measurement> run(LoadSettings settings) throws Exception;
}
