/**
 * Agents: the agent API (register, heartbeat, inventory, command results), their presence kept in memory and written
 * behind in batches, the status sweep, and the administrators' agent listing, detail and changes.
 */
package io.bulwark.server.internal.agents;
