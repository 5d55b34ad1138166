package io.bulwark.server.internal.agents;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.admin.AgentStatus;
import io.bulwark.protocol.admin.AgentStatusChange;
import io.bulwark.protocol.agent.Registration;
import io.bulwark.server.internal.events.ChangeFeed;
import io.bulwark.server.internal.storage.Database;
import io.bulwark.server.internal.storage.Restorable;

/**
 * Every agent's presence in memory, so that a heartbeat costs no database work: last seen, declared interval, roaming,
 * component versions. In the background it writes what changed to the database in batches, and judges agents' statuses
 * (offline after {@value Registration#MISSED_INTERVALS_OFFLINE} missed intervals, else roaming or online), storing
 * changed statuses and publishing them as {@code agent.status} events.
 * <p>
 * The status sweep looks only at agents whose status may have changed: those a heartbeat or registration changed
 * (queued as it happens) and those whose deadline passed (a queue ordered by when each would go offline, moved on when
 * the deadline comes and the agent was heard from meanwhile), so its cost follows the changes, not the size of the
 * fleet. Every {@value #FULL_SWEEP_PERIOD_MILLIS} ms it judges every agent once, in case a status changed elsewhere.
 * <p>
 * Loaded from the database at start, so an agent known before a restart is known after it. Closing it stops the
 * background work and writes what is left.
 */
public final class AgentPresence implements AutoCloseable, Restorable {

    /**
     * How often presence is written behind. Last-seen times are only read from the database after a restart (a stop
     * writes what is left; after a crash they may be this much older), and every agent heartbeats within each period,
     * so each write updates every agent's row: a short period costs most of a large server's database writes.
     */
    static final long FLUSH_PERIOD_MILLIS = 30_000;

    /** How often statuses are judged; short, since intervals may be sub-second. */
    static final long SWEEP_PERIOD_MILLIS = 250;

    /** How often every agent's status is judged, not only those queued or due. */
    static final long FULL_SWEEP_PERIOD_MILLIS = 30_000;

    private static final Logger LOG = LoggerFactory.getLogger(AgentPresence.class);

    private final Database database;
    private final AgentStore store;
    private final PresenceWrites writes;
    private final ChangeFeed feed;
    private final WireJson json;
    private final Clock clock;
    private final Map<UUID, LiveAgent> agents = new ConcurrentHashMap<>();
    private final Queue<LiveAgent> dirty = new ConcurrentLinkedQueue<>();
    private final JudgementQueue judgements = new JudgementQueue(FULL_SWEEP_PERIOD_MILLIS);
    private final Object writing = new Object();
    private ScheduledExecutorService background;

    /**
     * Loads every agent's presence from the database.
     *
     * @param database
     *            the server's database
     * @param store
     *            the agent table
     * @param feed
     *            receives status changes
     * @param json
     *            reads and writes component versions
     * @param clock
     *            the time source
     * @throws SQLException
     *             if the agents cannot be read
     */
    public AgentPresence(Database database, AgentStore store, ChangeFeed feed, WireJson json, Clock clock)
            throws SQLException {
        this.database = database;
        this.writes = new PresenceWrites(database, store);
        this.store = store;
        this.feed = feed;
        this.json = json;
        this.clock = clock;
        load();
    }

    private Map<UUID, LiveAgent> load() throws SQLException {
        Map<UUID, LiveAgent> loaded = new HashMap<>();
        try (Connection connection = database.connection()) {
            for (AgentStore.PresenceRow row : store.presence(connection)) {
                long lastSeen = row.lastSeen() == null ? 0 : row.lastSeen().toEpochMilli();
                LiveAgent agent = new LiveAgent(row.id(), lastSeen, row.intervalMillis(), row.roaming(),
                        LiveAgent.Versions.fromJson(json, row.componentVersionsJson()), row.status());
                loaded.put(row.id(), agent);
                if (agents.putIfAbsent(row.id(), agent) == null) {
                    awaitJudgement(agent);
                }
            }
        }
        return loaded;
    }

    /**
     * After a backup was restored: agents the restored database does not hold are forgotten, those it holds and this
     * server did not know are added; agents heard from meanwhile keep their live presence, and where their restored
     * rows hold another status (the one of the backup's time), the live status is stored and published again: the sweep
     * only stores a status that changes, so listings would show the backup's status for good.
     */
    @Override
    public void reload() throws SQLException {
        Map<UUID, LiveAgent> restored = load();
        agents.keySet().retainAll(restored.keySet());
        Map<UUID, String> differing = new LinkedHashMap<>();
        List<LiveAgent> live = new ArrayList<>();
        for (LiveAgent row : restored.values()) {
            LiveAgent agent = agents.get(row.id());
            if (agent != null && agent != row && !agent.status().equals(row.status())) {
                differing.put(agent.id(), agent.status());
                live.add(agent);
            }
        }
        if (differing.isEmpty()) {
            return;
        }
        try {
            writes.statuses(differing);
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("Cannot store the live statuses of agents after a restore", e); //$NON-NLS-1$
        }
        for (LiveAgent agent : live) {
            stored(agent, differing.get(agent.id()));
        }
    }

    /** Starts writing behind and sweeping statuses, on one background thread. */
    public synchronized void start() {
        if (background != null) {
            return;
        }
        background = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "bulwark-agent-presence"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
        background.scheduleWithFixedDelay(this::sweepQuietly, SWEEP_PERIOD_MILLIS, SWEEP_PERIOD_MILLIS,
                TimeUnit.MILLISECONDS);
        background.scheduleWithFixedDelay(this::flushQuietly, FLUSH_PERIOD_MILLIS, FLUSH_PERIOD_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /**
     * Records a heartbeat, in memory only.
     *
     * @param id
     *            the agent
     * @param roaming
     *            whether it reports roaming
     * @param componentVersions
     *            its component versions, or {@code null} if unchanged
     * @return whether the agent is known; an unknown one must register
     */
    public boolean heartbeat(UUID id, boolean roaming, Map<String, String> componentVersions) {
        LiveAgent agent = agents.get(id);
        if (agent == null) {
            return false;
        }
        LiveAgent.Versions changed = null;
        if (componentVersions != null && !componentVersions.equals(agent.versions().map())) {
            changed = LiveAgent.Versions.of(json, componentVersions);
        }
        long now = clock.millis();
        agent.seen(now, roaming, changed);
        if (agent.markDirty()) {
            dirty.add(agent);
        }
        if (!agent.judge(now).equals(agent.status())) {
            awaitJudgement(agent);
        }
        return true;
    }

    /**
     * Takes a registration that the database already holds.
     *
     * @param id
     *            the agent
     * @param registeredAt
     *            when
     * @param intervalMillis
     *            its declared interval
     * @param roaming
     *            whether it reported roaming
     * @param componentVersions
     *            its component versions
     * @param status
     *            the status stored with it
     */
    public void registered(UUID id, Instant registeredAt, int intervalMillis, boolean roaming,
            Map<String, String> componentVersions, String status) {
        LiveAgent.Versions versions = LiveAgent.Versions.of(json, componentVersions);
        long now = registeredAt.toEpochMilli();
        LiveAgent agent = agents.compute(id, (key, known) -> {
            if (known == null) {
                return new LiveAgent(id, now, intervalMillis, roaming, versions, status);
            }
            known.registered(now, intervalMillis, roaming, versions, status);
            return known;
        });
        awaitJudgement(agent);
    }

    private void awaitJudgement(LiveAgent agent) {
        judgements.add(agent);
    }

    /**
     * @param id
     *            an agent
     * @return whether the server knows it
     */
    public boolean knows(UUID id) {
        return agents.containsKey(id);
    }

    /**
     * @param id
     *            an agent
     * @return when it was last heard from, or {@code null} if it is unknown or never was
     */
    public Instant lastSeen(UUID id) {
        LiveAgent agent = agents.get(id);
        return agent == null || agent.lastSeenMillis() == 0 ? null : Instant.ofEpochMilli(agent.lastSeenMillis());
    }

    /**
     * @param id
     *            an agent
     * @return whether it last reported roaming; {@code false} if unknown
     */
    public boolean roaming(UUID id) {
        LiveAgent agent = agents.get(id);
        return agent != null && agent.roaming();
    }

    /**
     * @param id
     *            an agent
     * @return its latest component versions; empty if unknown
     */
    public Map<String, String> componentVersions(UUID id) {
        LiveAgent agent = agents.get(id);
        return agent == null ? Map.of() : agent.versions().map();
    }

    /**
     * @param id
     *            an agent
     * @return its heartbeat interval in milliseconds, or {@code 0} if it is unknown
     */
    public int intervalMillis(UUID id) {
        LiveAgent agent = agents.get(id);
        return agent == null ? 0 : agent.intervalMillis();
    }

    /** @return the shortest heartbeat interval of the agents this server knows, in milliseconds; {@code 0} if none */
    public int shortestIntervalMillis() {
        return agents.values().stream().mapToInt(LiveAgent::intervalMillis).min().orElse(0);
    }

    /**
     * @param id
     *            an agent
     * @return the status to act on now, or {@code null} if it is unknown: {@code moving} as soon as a move relocates
     *         it, else the status last stored
     */
    public String status(UUID id) {
        LiveAgent agent = agents.get(id);
        return agent == null ? null : agent.current(clock.millis());
    }

    /**
     * Marks agents as relocating or not, after the move's change committed; the sweep stores and publishes the status
     * this gives them with the other status changes (after a restart: {@link #relocatingExactly}).
     *
     * @param ids
     *            the agents; unknown ones are ignored
     * @param relocating
     *            whether a move relocates them now
     */
    public void relocating(Collection<UUID> ids, boolean relocating) {
        for (UUID id : ids) {
            LiveAgent agent = agents.get(id);
            if (agent != null && agent.moving() != relocating) {
                agent.moving(relocating);
                awaitJudgement(agent);
            }
        }
    }

    /**
     * Marks exactly these agents as relocating, at start and after a restore, and stores the statuses this changes at
     * once, before the server answers: the moves' records are the truth, whatever a crash left in the rows.
     *
     * @param ids
     *            the agents a move relocates
     * @throws SQLException
     *             if the changed statuses cannot be stored
     */
    public void relocatingExactly(Set<UUID> ids) throws SQLException {
        long now = clock.millis();
        Map<UUID, String> changed = new LinkedHashMap<>();
        for (LiveAgent agent : agents.values()) {
            agent.moving(ids.contains(agent.id()));
            if (agent.moving() != AgentStatus.MOVING.equals(agent.status())) {
                changed.put(agent.id(), agent.judge(now));
            }
        }
        try {
            writes.statuses(changed);
        } catch (SQLException e) {
            throw e;
        } catch (Exception e) {
            throw new SQLException("Cannot store the statuses of the agents moves relocate", e); //$NON-NLS-1$
        }
        changed.forEach((id, status) -> awaitJudgement(stored(agents.get(id), status)));
    }

    /**
     * Forgets an agent that left this server; nothing more is written for it.
     *
     * @param id
     *            the agent
     */
    public void forget(UUID id) {
        agents.remove(id);
    }

    /**
     * Judges the statuses of the agents queued and of those whose deadline passed (of every agent now and then), stores
     * the changed ones and publishes them.
     *
     * @throws Exception
     *             if the changes cannot be stored; the agents are judged again on the next sweep
     */
    void sweep() throws Exception {
        long now = clock.millis();
        List<LiveAgent> candidates = judgements.take(now, agents.values());
        Map<UUID, String> changed = new LinkedHashMap<>();
        List<LiveAgent> changedAgents = new ArrayList<>();
        for (LiveAgent agent : candidates) {
            String status = agent.judge(now);
            if (!status.equals(agent.status()) && !changed.containsKey(agent.id())
                    && agents.get(agent.id()) == agent) {
                changed.put(agent.id(), status);
                changedAgents.add(agent);
            }
        }
        if (!changed.isEmpty()) {
            try {
                writes.statuses(changed);
            } catch (Exception e) {
                candidates.forEach(this::awaitJudgement);
                throw e;
            }
        }
        for (LiveAgent agent : changedAgents) {
            String status = changed.get(agent.id());
            stored(agent, status);
            // A heartbeat between the judgement and now compared against the old status: judge once more.
            if (!agent.judge(clock.millis()).equals(status)) {
                awaitJudgement(agent);
            }
        }
        for (LiveAgent agent : candidates) {
            judgements.scheduleDeadline(agent, known -> agents.get(known.id()) == known);
        }
    }

    /** Takes a status stored for an agent and publishes it; returns the agent. */
    private LiveAgent stored(LiveAgent agent, String status) {
        agent.status(status);
        feed.publish("agent.status", agent.id().toString(), //$NON-NLS-1$
                new AgentStatusChange(agent.id(), status, Instant.ofEpochMilli(agent.lastSeenMillis())));
        return agent;
    }

    /**
     * Writes the presence of every agent heard from since the last write, in one batch.
     *
     * @throws Exception
     *             if it cannot be written; the agents stay queued for the next write
     */
    void flush() throws Exception {
        synchronized (writing) {
            List<LiveAgent> taken = new ArrayList<>();
            List<LiveAgent.Snapshot> snapshots = new ArrayList<>();
            for (LiveAgent agent = dirty.poll(); agent != null; agent = dirty.poll()) {
                if (agents.get(agent.id()) == agent) {
                    taken.add(agent);
                    snapshots.add(agent.takeForWriting());
                }
            }
            if (snapshots.isEmpty()) {
                return;
            }
            try {
                writes.presence(snapshots);
            } catch (Exception e) {
                for (LiveAgent agent : taken) {
                    if (agent.markDirty()) {
                        dirty.add(agent);
                    }
                }
                throw e;
            }
        }
    }

    private void sweepQuietly() {
        try {
            sweep();
        } catch (Exception e) {
            LOG.error("Cannot store agent status changes; trying again", e); //$NON-NLS-1$
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (Exception e) {
            LOG.error("Cannot write agent presence to the database; keeping it for the next write", e); //$NON-NLS-1$
        }
    }

    /**
     * Stops the background work and writes the presence still unwritten.
     */
    @Override
    public void close() {
        ScheduledExecutorService running;
        synchronized (this) {
            running = background;
            background = null;
        }
        if (running != null) {
            running.shutdown();
            try {
                if (!running.awaitTermination(10, TimeUnit.SECONDS)) {
                    LOG.warn("Agent presence work did not stop within 10 s"); //$NON-NLS-1$
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flushQuietly();
    }
}
