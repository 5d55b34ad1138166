/**
 * The Bulwark management server: {@link io.bulwark.server.ServerCommand} is its command line,
 * {@link io.bulwark.server.ManagementServer} the running server that benchmarks and tools may also start in process.
 * Everything else is in {@code io.bulwark.server.internal} and may change without notice.
 */
package io.bulwark.server;
