/**
 * Commands for agents, queued by the server and handed out on heartbeats; queued component notifications form the
 * notification queue.
 */
package io.bulwark.server.internal.commands;
