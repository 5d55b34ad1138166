package io.bulwark.ui.internal.moves;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerClient;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.core.move.MoveJournal;
import io.bulwark.core.move.MovePhase;
import io.bulwark.core.move.MovePlan;
import io.bulwark.model.ManagementServer;
import io.bulwark.ui.internal.moves.FollowedMove.Following;

/**
 * Keeps the console's move jobs going (DESIGN §5): every unfinished job of the move journal, shared with the command
 * line, is carried on by a {@link FollowMoveJob} that takes one step under the job's lock and reschedules itself. While
 * it waits (for agents, for servers, for another process holding the lock) no thread, scheduling rule or lock is held,
 * so a console that is closed or killed loses nothing: the journal holds where each job stands, and the next start
 * follows it again. Parts listen for changes, which arrive on the UI thread.
 */
public final class MoveFollower {

    /** The family of every job that follows a move or reads the journal, for waiting on them. */
    static final Object FAMILY = MoveFollower.class;

    private final MoveJournal journal;
    private final MoveServers servers;
    private final UISynchronize sync;
    private final Map<UUID, FollowedMove> moves = new ConcurrentHashMap<>();
    private final Map<UUID, FollowMoveJob> following = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean notifyPending = new AtomicBoolean();
    private final AtomicReference<String> journalProblem = new AtomicReference<>();
    private volatile boolean stopped;

    MoveFollower(MoveJournal journal, MoveServers servers, UISynchronize sync) {
        this.journal = journal;
        this.servers = servers;
        this.sync = sync;
    }

    /** @return the console's servers, the ends of the moves */
    MoveServers servers() {
        return servers;
    }

    /** @return the UI thread */
    UISynchronize sync() {
        return sync;
    }

    /** @return the journal the jobs live in */
    MoveJournal journal() {
        return journal;
    }

    /** Reads the journal in the background and follows every unfinished job it holds. */
    void readJournal() {
        if (!stopped) {
            new ReadJournalJob(this).schedule();
        }
    }

    /**
     * Follows a job of the journal from now on (a new one, or one that stopped), unless it is followed already.
     *
     * @param moveId
     *            a job
     */
    void follow(UUID moveId) {
        if (stopped) {
            return;
        }
        following.compute(moveId, (id, job) -> {
            if (job == null) {
                FollowMoveJob first = new FollowMoveJob(this, id, NLS.bind(Messages.MoveFollower_following, id), false);
                first.schedule();
                return first;
            }
            job.stepSoon();
            return job;
        });
    }

    /**
     * Schedules a job's next step: steps before the move started show among the operations, polls run quietly.
     *
     * @param moveId
     *            a job
     * @param job
     *            its record after the last step
     * @param delay
     *            how long to wait, in milliseconds
     */
    void stepLater(UUID moveId, MoveJobRecord job, long delay) {
        if (stopped) {
            return;
        }
        boolean quiet = job.phase() == MovePhase.STARTED;
        FollowMoveJob next = new FollowMoveJob(this, moveId, NLS.bind(quiet
                ? Messages.MoveFollower_polling
                : Messages.MoveFollower_starting, job.plan().source().name(), job.plan().target().name()), quiet);
        following.put(moveId, next);
        next.schedule(delay);
    }

    /**
     * Asks that a move be cancelled, in the journal, so whoever carries it on (this console or another process) cancels
     * it on its next step: agents not yet relocated stay on the source.
     *
     * @param moveId
     *            a job
     * @throws MoveException
     *             if the request cannot be written
     */
    void requestCancel(UUID moveId) throws MoveException {
        journal.requestCancel(moveId);
        follow(moveId);
    }

    /** @return every job known, the one planned last first */
    List<FollowedMove> moves() {
        List<FollowedMove> all = new ArrayList<>(moves.values());
        all.sort(Comparator.comparing(FollowedMove::plannedAt).reversed());
        return all;
    }

    /** @return why the journal could not be read, or {@code null} */
    String journalProblem() {
        return journalProblem.get();
    }

    /**
     * @param listener
     *            runs on the UI thread after jobs changed
     */
    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /** Stops following; what each job did is in the journal, and the next start follows it again. */
    void stop() {
        stopped = true;
        Job.getJobManager().cancel(FAMILY);
        following.clear();
        listeners.clear();
    }

    boolean isStopped() {
        return stopped;
    }

    /**
     * Records what a job's follower or the journal's reader learned, and tells the listeners if anything changed: a
     * poll that found the job as it was redraws nothing.
     */
    void update(FollowedMove move) {
        FollowedMove previous = moves.put(move.moveId(), move);
        if (move.following() != Following.FOLLOWING && move.following() != Following.WAITING_FOR_SERVERS
                && move.following() != Following.ELSEWHERE) {
            following.remove(move.moveId());
        }
        if (!move.equals(previous)) {
            changed();
        }
    }

    void journalUnreadable(String problem) {
        journalProblem.set(problem);
        changed();
    }

    /**
     * Takes in a job the journal holds: follows it unless it finished, is followed already, or stopped here (it is
     * resumed only when asked).
     *
     * @param moveId
     *            a job
     * @param job
     *            its record as read
     */
    void found(UUID moveId, MoveJobRecord job) {
        if (following.containsKey(moveId)) {
            return;
        }
        FollowedMove known = moves.get(moveId);
        if (job.finished()) {
            update(new FollowedMove(moveId, job, Following.FINISHED, job.lastError()));
        } else if (known != null && known.following() == Following.STOPPED) {
            update(new FollowedMove(moveId, job, Following.STOPPED, known.problem()));
        } else {
            follow(moveId);
        }
    }

    /**
     * Finds the clients of a plan's servers on the UI thread.
     *
     * @param plan
     *            a journalled plan
     * @return both clients, or the names of the servers that are not connected; {@code null} once the workbench has
     *         closed and the UI thread runs nothing more
     */
    Ends ends(MovePlan plan) {
        AtomicReference<Ends> ends = new AtomicReference<>();
        sync.syncExec(() -> {
            ManagementServer source = servers.find(plan.source());
            ManagementServer target = servers.find(plan.target());
            ends.set(new Ends(servers.client(source), servers.client(target), plan.source().name(),
                    plan.target().name(), source, target));
        });
        return ends.get();
    }

    /**
     * The servers of a move in this console.
     *
     * @param source
     *            the source's client, or {@code null} while it is not connected
     * @param target
     *            the target's client, or {@code null} while it is not connected
     * @param sourceName
     *            the source's name as planned
     * @param targetName
     *            the target's name as planned
     * @param sourceServer
     *            the registered source, or {@code null} if this console does not know it
     * @param targetServer
     *            the registered target, or {@code null}
     */
    record Ends(ServerClient source, ServerClient target, String sourceName, String targetName,
            ManagementServer sourceServer, ManagementServer targetServer) {

        boolean connected() {
            return source != null && target != null;
        }
    }

    /**
     * @param moveId
     *            a job
     * @return the registered source of a job the console knows, or {@code null}
     */
    ManagementServer sourceOf(UUID moveId) {
        FollowedMove move = moves.get(moveId);
        return move == null || move.job() == null ? null : servers.find(move.job().plan().source());
    }

    /**
     * @param moveId
     *            a job
     * @return its last record as the journal holds it
     * @throws MoveException
     *             if it cannot be read
     */
    MoveJobRecord read(UUID moveId) throws MoveException {
        return journal.read(moveId);
    }

    private void changed() {
        if (notifyPending.compareAndSet(false, true)) {
            sync.asyncExec(() -> {
                notifyPending.set(false);
                listeners.forEach(Runnable::run);
            });
        }
    }
}
