/**
 * Moving agents between servers (DESIGN.md §5): tickets and arrivals on the target, moves, relocations and departures
 * on the source, and the sweeper that rolls back, expires and lapses what the deadline or a timeout ends.
 */
package io.bulwark.server.internal.moves;
