package io.bulwark.server.internal.moves;

import java.time.Clock;
import java.util.UUID;

import io.bulwark.protocol.WireJson;
import io.bulwark.server.internal.agents.AgentRecords;
import io.bulwark.server.internal.audit.AuditLog;
import io.bulwark.server.internal.commands.CommandQueue;
import io.bulwark.server.internal.domains.DomainStore;
import io.bulwark.server.internal.events.ChangeFeed;
import io.bulwark.server.internal.settings.EffectiveSettingsSource;
import io.bulwark.server.internal.storage.Database;

/**
 * The server's parts that moving agents between servers works with.
 *
 * @param database
 *            the server's database
 * @param serverId
 *            this server's identity
 * @param agents
 *            the agent records
 * @param commands
 *            the command queue
 * @param domains
 *            the domain tree
 * @param settings
 *            agents' effective settings, handed to arriving agents
 * @param audit
 *            the audit log
 * @param feed
 *            the change events
 * @param json
 *            reads and writes stored JSON
 * @param clock
 *            the time source
 */
public record MoveContext(Database database, UUID serverId, AgentRecords agents, CommandQueue commands,
        DomainStore domains,
        EffectiveSettingsSource settings, AuditLog audit, ChangeFeed feed, WireJson json, Clock clock) {
}
