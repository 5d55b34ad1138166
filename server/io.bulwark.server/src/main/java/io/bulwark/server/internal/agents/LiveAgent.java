package io.bulwark.server.internal.agents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.admin.AgentStatus;
import io.bulwark.protocol.agent.Registration;

/**
 * What the server knows about an agent's presence right now: updated by every heartbeat without touching the database,
 * written behind by {@link AgentPresence} and judged by its status sweep.
 */
final class LiveAgent {

    /**
     * Component versions with their JSON form, replaced together.
     *
     * @param map
     *            versions by component name
     * @param json
     *            the same as JSON
     */
    record Versions(Map<String, String> map, String json) {

        static Versions of(WireJson wire, Map<String, String> componentVersions) {
            Map<String, String> frozen = Map.copyOf(componentVersions);
            return new Versions(frozen, new String(wire.write(frozen), StandardCharsets.UTF_8));
        }

        @SuppressWarnings("unchecked")
        static Versions fromJson(WireJson wire, String text) {
            String value = text == null || text.isEmpty() ? "{}" : text; //$NON-NLS-1$
            Map<String, String> map = wire.read(value.getBytes(StandardCharsets.UTF_8), Map.class);
            return new Versions(Map.copyOf(map), value);
        }
    }

    /**
     * What is written to the database, taken at one moment.
     *
     * @param id
     *            the agent
     * @param lastSeen
     *            when it was last heard from
     * @param roaming
     *            whether it last reported roaming
     * @param componentVersionsJson
     *            its component versions as JSON
     */
    record Snapshot(UUID id, Instant lastSeen, boolean roaming, String componentVersionsJson) {
    }

    private final UUID id;
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final AtomicBoolean awaitingJudgement = new AtomicBoolean();
    /** When the status sweep looks at this agent next, or 0 when not scheduled; only the sweep touches it. */
    private long nextJudgement;
    private volatile long lastSeenMillis;
    private volatile int intervalMillis;
    private volatile boolean roaming;
    private volatile Versions versions;
    private volatile String status;
    /**
     * Whether a move is relocating this agent: set and cleared by the move as its items change, in memory; the sweep
     * stores the status it gives behind. Starts as the stored status says, until the moves re-derive it at start.
     */
    private volatile boolean moving;

    LiveAgent(UUID id, long lastSeenMillis, int intervalMillis, boolean roaming, Versions versions, String status) {
        this.id = id;
        this.lastSeenMillis = lastSeenMillis;
        this.intervalMillis = intervalMillis;
        this.roaming = roaming;
        this.versions = versions;
        this.status = status;
        this.moving = AgentStatus.MOVING.equals(status);
    }

    UUID id() {
        return id;
    }

    long lastSeenMillis() {
        return lastSeenMillis;
    }

    int intervalMillis() {
        return intervalMillis;
    }

    boolean roaming() {
        return roaming;
    }

    Versions versions() {
        return versions;
    }

    /** @return the status last stored for this agent */
    String status() {
        return status;
    }

    void status(String stored) {
        status = stored;
    }

    /** @return whether a move is relocating this agent */
    boolean moving() {
        return moving;
    }

    /**
     * @param relocating
     *            whether a move is relocating this agent now
     */
    void moving(boolean relocating) {
        moving = relocating;
    }

    /**
     * @param now
     *            the current time in milliseconds
     * @return the status this agent has now, judged from its presence; {@code moving} while a move relocates it
     */
    String judge(long now) {
        return moving ? AgentStatus.MOVING : judgePresence(now);
    }

    /**
     * @param now
     *            the current time in milliseconds
     * @return the status to act on now: {@code moving} as soon as a move relocates this agent, else the status last
     *         stored, unless that is a {@code moving} the sweep has yet to replace
     */
    String current(long now) {
        if (moving) {
            return AgentStatus.MOVING;
        }
        String stored = status;
        return AgentStatus.MOVING.equals(stored) ? judgePresence(now) : stored;
    }

    /**
     * @param now
     *            the current time in milliseconds
     * @return the status its presence alone gives this agent: offline after
     *         {@value Registration#MISSED_INTERVALS_OFFLINE} missed intervals, else roaming or online
     */
    String judgePresence(long now) {
        if (now - lastSeenMillis > (long) Registration.MISSED_INTERVALS_OFFLINE * intervalMillis) {
            return AgentStatus.OFFLINE;
        }
        return roaming ? AgentStatus.ROAMING : AgentStatus.ONLINE;
    }

    /**
     * Records a heartbeat.
     *
     * @param now
     *            when it arrived
     * @param isRoaming
     *            what it reported
     * @param changedVersions
     *            new component versions, or {@code null} if unchanged
     */
    void seen(long now, boolean isRoaming, Versions changedVersions) {
        lastSeenMillis = now;
        roaming = isRoaming;
        if (changedVersions != null) {
            versions = changedVersions;
        }
    }

    /**
     * Takes the facts of a (repeated) registration.
     *
     * @param now
     *            when it arrived
     * @param interval
     *            the declared heartbeat interval
     * @param isRoaming
     *            what it reported
     * @param newVersions
     *            its component versions
     * @param newStatus
     *            the status stored with the registration
     */
    void registered(long now, int interval, boolean isRoaming, Versions newVersions, String newStatus) {
        lastSeenMillis = now;
        intervalMillis = interval;
        roaming = isRoaming;
        versions = newVersions;
        status = newStatus;
    }

    /**
     * @return whether this call marked it as awaiting judgement (it was not), so the caller queues it for the status
     *         sweep
     */
    boolean markAwaitingJudgement() {
        return awaitingJudgement.compareAndSet(false, true);
    }

    /** Clears the mark before the sweep judges it, so that a change after the judgement queues it again. */
    void takeForJudgement() {
        awaitingJudgement.set(false);
    }

    long nextJudgement() {
        return nextJudgement;
    }

    void nextJudgement(long at) {
        nextJudgement = at;
    }

    /** @return when this agent goes offline unless heard from before: after its last allowed missed interval */
    long offlineAt() {
        return lastSeenMillis + (long) Registration.MISSED_INTERVALS_OFFLINE * intervalMillis + 1;
    }

    /** @return whether this call marked it dirty (it was clean), so the caller queues it for writing */
    boolean markDirty() {
        return dirty.compareAndSet(false, true);
    }

    /**
     * Clears the dirty mark and takes what to write; a heartbeat after this marks it dirty again.
     *
     * @return the snapshot to write
     */
    Snapshot takeForWriting() {
        dirty.set(false);
        return new Snapshot(id, Instant.ofEpochMilli(lastSeenMillis), roaming, versions.json());
    }
}
