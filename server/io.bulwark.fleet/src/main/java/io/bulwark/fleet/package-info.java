/**
 * The Bulwark agent fleet simulator: many agents of one management server in one process, for demos, tests and
 * benchmarks. {@link io.bulwark.fleet.FleetCommand} is its command line; the rest is internal.
 */
package io.bulwark.fleet;
