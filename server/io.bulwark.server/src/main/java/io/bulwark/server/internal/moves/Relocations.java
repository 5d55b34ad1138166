package io.bulwark.server.internal.moves;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.bulwark.protocol.admin.AgentStatus;
import io.bulwark.protocol.agent.AgentCommand;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.protocol.move.Relocate;
import io.bulwark.server.internal.commands.QueuedCommand;
import io.bulwark.server.internal.storage.Restorable;

/**
 * The source's side of each agent of a move: queueing its {@code relocate} command and marking it {@code moving} (in
 * memory once the change committed; its status is stored behind), handing the command to a waiting agent when it
 * heartbeats from inside the network, and ending items (rolled back, expired, cancelled) with the agent's status
 * restored. Database work runs in the caller's transaction; what must follow the commit (statuses in memory, events,
 * the waiting map) is added to an {@link AfterCommit}.
 */
final class Relocations implements Restorable {

    private final MoveContext context;
    private final MoveStore store;
    /** Waiting agents and their move, so a heartbeat of any other agent costs one lookup. */
    private final Map<UUID, UUID> waiting = new ConcurrentHashMap<>();

    Relocations(MoveContext context, MoveStore store) throws SQLException {
        this.context = context;
        this.store = store;
        reload();
    }

    /**
     * Reads which agents wait and which relocate, at start and after a restore; the agents' statuses follow the items,
     * whatever was stored before a crash.
     */
    @Override
    public void reload() throws SQLException {
        List<MoveStore.Item> read;
        List<MoveStore.Item> relocating;
        try (Connection connection = context.database().connection()) {
            read = store.inState(connection, MoveItemProgress.WAITING);
            relocating = store.inState(connection, MoveItemProgress.MOVING);
        }
        Map<UUID, UUID> fresh = new ConcurrentHashMap<>();
        read.forEach(item -> fresh.put(item.agentId(), item.moveId()));
        waiting.putAll(fresh);
        waiting.keySet().retainAll(fresh.keySet());
        context.agents().relocatingExactly(
                relocating.stream().map(MoveStore.Item::agentId).collect(Collectors.toSet()));
    }

    /**
     * Queues an agent's relocate command and marks it moving.
     *
     * @return the command's id
     */
    long queueRelocate(Connection connection, MoveStore.Job job, UUID agentId, AfterCommit after)
            throws SQLException {
        long commandId = context.commands().enqueue(connection, agentId, AgentCommand.RELOCATE, payload(job));
        after.add(() -> {
            context.agents().relocating(List.of(agentId), true);
            context.commands().remind(List.of(agentId));
        });
        return commandId;
    }

    /**
     * Queues the relocate commands of many agents of a move and marks them moving, in batches: the command is the same
     * for every agent of a move.
     *
     * @return the commands' ids, in the order of the agents
     */
    List<Long> queueRelocates(Connection connection, MoveStore.Job job, List<UUID> agentIds, AfterCommit after)
            throws SQLException {
        List<Long> commandIds = context.commands().enqueueAll(connection, agentIds, AgentCommand.RELOCATE,
                payload(job));
        after.add(() -> {
            context.agents().relocating(agentIds, true);
            context.commands().remind(agentIds);
        });
        return commandIds;
    }

    private String payload(MoveStore.Job job) {
        return new String(context.json().write(new Relocate(job.id(), job.target(), job.ticket(), job.deadline())),
                StandardCharsets.UTF_8);
    }

    /** After a move with waiting agents committed. */
    void waiting(UUID agentId, UUID moveId) {
        waiting.put(agentId, moveId);
    }

    /**
     * A heartbeat of an agent this server owns: a waiting one heartbeating from inside the network starts moving.
     *
     * @param agentId
     *            the agent
     * @param roaming
     *            whether it reported roaming
     * @throws Exception
     *             if its command cannot be queued
     */
    void heartbeat(UUID agentId, boolean roaming) throws Exception {
        UUID moveId = waiting.get(agentId);
        if (moveId == null || roaming) {
            return;
        }
        Instant now = context.clock().instant();
        AfterCommit after = new AfterCommit();
        boolean started;
        try {
            started = context.database().inTransaction(connection -> {
                after.clear();
                Optional<MoveStore.Job> job = store.find(connection, moveId);
                Optional<MoveStore.Item> item = store.item(connection, moveId, agentId)
                        .filter(found -> MoveItemProgress.WAITING.equals(found.state()));
                if (job.isEmpty() || item.isEmpty() || !now.isBefore(job.get().deadline())) {
                    return Boolean.FALSE; // the sweeper expires it
                }
                long commandId = queueRelocate(connection, job.get(), agentId, after);
                if (!store.transition(connection, item.get(), MoveItemProgress.WAITING, MoveItemProgress.MOVING,
                        null, Long.valueOf(commandId), now)) {
                    throw new ItemEnded(); // its relocate command must not be stored
                }
                return Boolean.TRUE;
            }).booleanValue();
        } catch (ItemEnded e) {
            started = false;
        }
        if (started) {
            waiting.remove(agentId, moveId);
            after.run();
            context.feed().publish("move.changed", moveId.toString(), null); //$NON-NLS-1$
        }
    }

    /**
     * A heartbeat of an agent this server owns: a moving one whose relocate command was handed out, and that has
     * neither reported a result for it nor departed, gets the same command again (same id, move and ticket). The reply
     * that carried it may have been lost (the connection dropped, the agent or the source killed), and the server hands
     * each queued command out once. An agent already relocating for that move ignores the repeat.
     * <p>
     * Handing it out again does not restart the relocate timeout: it is measured from the first hand-out, the command's
     * delivery time, which stays as it was. An agent that keeps heartbeating without arriving is therefore rolled back
     * on time however often it is given the command again.
     *
     * @param agentId
     *            the agent
     * @return its relocate command to hand out again, or nothing
     * @throws SQLException
     *             if its move cannot be read
     */
    List<QueuedCommand> handOutAgain(UUID agentId) throws SQLException {
        if (!AgentStatus.MOVING.equals(context.agents().status(agentId))) {
            return List.of();
        }
        try (Connection connection = context.database().connection()) {
            for (MoveStore.Item item : store.unfinishedOf(connection, List.of(agentId))) {
                if (MoveItemProgress.MOVING.equals(item.state()) && item.commandId() != null) {
                    Optional<QueuedCommand> command = context.commands().delivered(connection, agentId,
                            item.commandId().longValue());
                    if (command.isPresent()) {
                        return List.of(command.get());
                    }
                }
            }
        }
        return List.of();
    }

    /**
     * Ends an unfinished item: a moving one is rolled back (its relocate command cancelled if not yet handed out, its
     * status restored), a waiting one leaves the waiting map.
     *
     * @return whether the item was still in {@code from} and changed
     */
    boolean end(Connection connection, MoveStore.Item item, String to, String reason, Instant now,
            AfterCommit after) throws SQLException {
        if (!store.transition(connection, item, item.state(), to, reason, item.commandId(), now)) {
            return false;
        }
        if (MoveItemProgress.MOVING.equals(item.state())) {
            if (item.commandId() != null) {
                context.commands().cancel(connection, List.of(item.commandId()));
            }
            after.add(() -> context.agents().relocating(List.of(item.agentId()), false));
        } else {
            after.add(() -> waiting.remove(item.agentId(), item.moveId()));
        }
        after.add(() -> context.feed().publish("move.changed", item.moveId().toString(), null)); //$NON-NLS-1$
        return true;
    }

    /**
     * Cancels an item if it has not started relocating: waiting, or moving with its command still queued.
     *
     * @return whether it was cancelled
     */
    boolean cancel(Connection connection, MoveStore.Item item, Instant now, AfterCommit after) throws SQLException {
        String reason = "The move was cancelled before the agent relocated"; //$NON-NLS-1$
        if (MoveItemProgress.WAITING.equals(item.state())) {
            return end(connection, item, MoveItemProgress.CANCELLED, reason, now, after);
        }
        if (MoveItemProgress.MOVING.equals(item.state()) && item.commandId() != null
                && context.commands().cancel(connection, List.of(item.commandId())) == 1) {
            return end(connection, item, MoveItemProgress.CANCELLED, reason, now, after);
        }
        return false;
    }

    /**
     * An agent reported that its relocate command failed: its moving item is rolled back.
     */
    void relocateFailed(UUID agentId, long commandId, String message) throws Exception {
        Instant now = context.clock().instant();
        AfterCommit after = new AfterCommit();
        context.database().inTransaction(connection -> {
            after.clear();
            for (MoveStore.Item item : store.unfinishedOf(connection, List.of(agentId))) {
                if (item.commandId() != null && item.commandId().longValue() == commandId) {
                    end(connection, item, MoveItemProgress.ROLLED_BACK, "The agent could not relocate: " //$NON-NLS-1$
                            + (message == null || message.isBlank() ? "it gave no reason" : message), now, after); //$NON-NLS-1$
                }
            }
            return null;
        });
        after.run();
    }

    /** The item stopped waiting (cancelled or expired) while its agent's relocate command was being queued. */
    private static final class ItemEnded extends Exception {

        private static final long serialVersionUID = 1L;

        ItemEnded() {
            super(null, null, false, false);
        }
    }
}
