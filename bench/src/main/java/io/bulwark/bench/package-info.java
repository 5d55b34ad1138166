/**
 * Bulwark's benchmarks: each measures a Bulwark path and a baseline in the same run, on the same machine and transport,
 * and prints the ratio, so results compare across machines. Never run as unit tests.
 */
package io.bulwark.bench;
