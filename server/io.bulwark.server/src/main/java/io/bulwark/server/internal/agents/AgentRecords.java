package io.bulwark.server.internal.agents;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.admin.AgentStatus;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.agent.Registration;
import io.bulwark.server.internal.events.ChangeFeed;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * The agent records as moving agents between servers changes them: an agent arriving with a ticket becomes one of this
 * server's agents, one marked {@code moving} and back, one that left with a verified receipt is forgotten with
 * everything this server kept for it. Database work runs in the caller's transaction; the {@code …Committed} methods
 * update presence and publish events once it committed.
 */
public final class AgentRecords {

    private final AgentStore store;
    private final AgentPresence presence;
    private final ChangeFeed feed;
    private final WireJson json;

    /**
     * @param store
     *            the agent table
     * @param presence
     *            agents' presence in memory
     * @param feed
     *            receives agent events
     * @param json
     *            writes component versions
     */
    public AgentRecords(AgentStore store, AgentPresence presence, ChangeFeed feed, WireJson json) {
        this.store = store;
        this.presence = presence;
        this.feed = feed;
        this.json = json;
    }

    /**
     * Checks a registration as {@code /agent/v1/register} does.
     *
     * @param registration
     *            a registration as received
     * @throws ApiException
     *             400 naming the first bad field
     */
    public void check(Registration registration) throws ApiException {
        AgentInput.facts(registration, json);
    }

    /**
     * @param connection
     *            an open connection
     * @param id
     *            an agent
     * @return it, if this server owns it
     * @throws SQLException
     *             if it cannot be read
     */
    public Optional<AgentSummary> find(Connection connection, UUID id) throws SQLException {
        return store.find(connection, id);
    }

    /**
     * @param connection
     *            an open connection
     * @param ids
     *            agents
     * @return those this server owns, by id
     * @throws SQLException
     *             if they cannot be read
     */
    public Map<UUID, AgentSummary> findAll(Connection connection, List<UUID> ids) throws SQLException {
        return store.findAll(connection, ids);
    }

    /**
     * @param id
     *            an agent
     * @return whether this server owns it (knows its presence)
     */
    public boolean owns(UUID id) {
        return presence.knows(id);
    }

    /**
     * Makes an arrived agent one of this server's agents.
     *
     * @param connection
     *            the transaction
     * @param registration
     *            what it registered with on arrival
     * @param domainId
     *            its domain, {@code null} for the root
     * @param now
     *            now
     * @return the new agent
     * @throws Exception
     *             if it cannot be stored
     */
    public AgentSummary admit(Connection connection, Registration registration, Long domainId, Instant now)
            throws Exception {
        AgentStore.Facts facts = AgentInput.facts(registration, json);
        String status = facts.roaming() ? AgentStatus.ROAMING : AgentStatus.ONLINE;
        store.insert(connection, facts, domainId, status, now);
        return store.find(connection, facts.id()).orElseThrow();
    }

    /**
     * After {@link #admit} committed: the agent's presence starts, and consoles see it registered.
     *
     * @param agent
     *            the admitted agent
     * @param registration
     *            what it registered with
     * @param now
     *            when
     */
    public void admitCommitted(AgentSummary agent, Registration registration, Instant now) {
        presence.registered(agent.id(), now, registration.heartbeatIntervalMillis(), registration.roaming(),
                registration.componentVersions() == null ? Map.of() : registration.componentVersions(),
                agent.status());
        feed.publish("agent.registered", agent.id().toString(), agent); //$NON-NLS-1$
    }

    /**
     * After a move's change committed: these agents are relocating now, or no longer. Their status follows in memory at
     * once and is stored behind, with the other status changes.
     *
     * @param ids
     *            the agents
     * @param relocating
     *            whether a move relocates them now
     */
    public void relocating(Collection<UUID> ids, boolean relocating) {
        presence.relocating(ids, relocating);
    }

    /**
     * At start and after a restore: exactly these agents are relocating, as the moves' records say; the statuses this
     * changes are stored at once.
     *
     * @param ids
     *            the agents a move relocates
     * @throws SQLException
     *             if the statuses this changes cannot be stored
     */
    public void relocatingExactly(Set<UUID> ids) throws SQLException {
        presence.relocatingExactly(ids);
    }

    /**
     * @param id
     *            an agent
     * @return the status to act on now ({@code moving} as soon as a move relocates it), or {@code null} if it is
     *         unknown
     */
    public String status(UUID id) {
        return presence.status(id);
    }

    /**
     * @param id
     *            an agent
     * @return its heartbeat interval in milliseconds, {@code 0} if unknown
     */
    public int intervalMillis(UUID id) {
        return presence.intervalMillis(id);
    }

    /** @return the shortest heartbeat interval of the agents this server knows, in milliseconds; {@code 0} if none */
    public int shortestIntervalMillis() {
        return presence.shortestIntervalMillis();
    }

    /**
     * @param id
     *            an agent
     * @return when it last heartbeated, or {@code null}
     */
    public Instant lastSeen(UUID id) {
        return presence.lastSeen(id);
    }

    /**
     * @param id
     *            an agent
     * @return whether it last reported roaming
     */
    public boolean roaming(UUID id) {
        return presence.roaming(id);
    }

    /**
     * Deletes an agent that left with a verified receipt, with its commands and its own policy; its inventory goes with
     * it by its foreign key ({@code ON DELETE CASCADE}).
     *
     * @param connection
     *            the transaction
     * @param id
     *            the agent
     * @throws SQLException
     *             if it cannot be deleted
     */
    public void delete(Connection connection, UUID id) throws SQLException {
        Jdbc.update(connection, "DELETE FROM agent_command WHERE agent_id = ?", id); //$NON-NLS-1$
        Jdbc.update(connection, "DELETE FROM policy WHERE agent_id = ?", id); //$NON-NLS-1$
        Jdbc.update(connection, "DELETE FROM agent WHERE id = ?", id); //$NON-NLS-1$
    }

    /**
     * After {@link #delete} committed: presence forgets the agent, and consoles see it leave.
     *
     * @param id
     *            the agent
     * @param departure
     *            what the {@code agent.departed} event carries
     */
    public void deleteCommitted(UUID id, Object departure) {
        presence.forget(id);
        feed.publish("agent.departed", id.toString(), departure); //$NON-NLS-1$
    }
}
