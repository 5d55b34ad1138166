package io.bulwark.bench;

/**
 * How much load a benchmark applies.
 *
 * @param requests
 *            measured requests per target
 * @param warmup
 *            unmeasured requests per target first, so both sides run compiled code
 * @param concurrency
 *            requests in flight at once
 */
public record LoadSettings(int requests, int warmup, int concurrency) {
}
