package io.bulwark.ui.internal.moves;

import java.util.UUID;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWTException;

import io.bulwark.client.ServerException;
import io.bulwark.client.ServerFailureException;
import io.bulwark.client.ServerUnreachableException;
import io.bulwark.core.move.JobLockedException;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.core.move.MovePhase;
import io.bulwark.core.move.MoveRunner;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.ui.internal.moves.FollowedMove.Following;

/**
 * One step of carrying a move job on: it takes one step with {@link MoveRunner#step} under the job's lock (ticket,
 * start, or one poll of the source's progress), which the journal records, and has the {@link MoveFollower} schedule
 * the next. Between steps nothing is held, however long the move waits for offline agents. A job another process
 * carries on (its lock is held) is looked at again later, never raced; a job whose servers are not connected waits for
 * them; a refusal stops following until the administrator resumes or cancels it. Steps before the move started show as
 * operations the administrator can stop; polls of a started move run quietly, since the Moves part shows them.
 */
final class FollowMoveJob extends Job {

    /** The pause between two polls while agents relocate. */
    static final long POLL_MILLIS = 1000;

    /** The pause while only offline or roaming agents wait, servers are missing, or another process has the job. */
    static final long IDLE_MILLIS = 5000;

    private final MoveFollower follower;
    private final UUID moveId;

    /**
     * @param follower
     *            the follower that schedules the next step
     * @param moveId
     *            the job
     * @param name
     *            what the step does, in words
     * @param quiet
     *            whether it is a poll that need not show among the operations
     */
    FollowMoveJob(MoveFollower follower, UUID moveId, String name, boolean quiet) {
        super(name);
        this.follower = follower;
        this.moveId = moveId;
        setSystem(quiet);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == MoveFollower.FAMILY;
    }

    /** Takes the next step as soon as possible, e.g. after a cancel request. */
    void stepSoon() {
        if (getState() == Job.SLEEPING) {
            wakeUp();
        } else if (getState() == Job.NONE) {
            schedule();
        }
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        if (follower.isStopped()) {
            return Status.CANCEL_STATUS;
        }
        MoveJobRecord before;
        try {
            before = follower.read(moveId);
        } catch (MoveException e) {
            follower.update(new FollowedMove(moveId, null, Following.UNREADABLE, e.getMessage()));
            return Status.warning(e.getMessage(), e);
        }
        if (before.finished()) {
            follower.update(new FollowedMove(moveId, before, Following.FINISHED, before.lastError()));
            return Status.OK_STATUS;
        }
        MoveFollower.Ends ends;
        try {
            ends = follower.ends(before.plan());
        } catch (SWTException e) {
            return Status.CANCEL_STATUS;
        }
        if (ends == null || follower.isStopped()) {
            return Status.CANCEL_STATUS;
        }
        if (!ends.connected()) {
            String missing = ends.source() == null ? ends.sourceName() : ends.targetName();
            follower.update(new FollowedMove(moveId, before, Following.WAITING_FOR_SERVERS,
                    NLS.bind(Messages.FollowMoveJob_notConnected, missing)));
            return again(before, IDLE_MILLIS);
        }
        try {
            MoveJobRecord after = new MoveRunner(follower.journal(), ends.source(), ends.target()).step(moveId,
                    monitor);
            follower.update(new FollowedMove(moveId, after, after.finished() ? Following.FINISHED : Following.FOLLOWING,
                    after.lastError()));
            return after.finished() ? Status.OK_STATUS : again(after, pause(after));
        } catch (OperationCanceledException e) {
            return stoppedByUser(before);
        } catch (JobLockedException e) {
            follower.update(new FollowedMove(moveId, before, Following.ELSEWHERE, Messages.FollowMoveJob_elsewhere));
            return again(before, IDLE_MILLIS);
        } catch (ServerUnreachableException | ServerFailureException e) {
            if (monitor.isCanceled()) {
                return stoppedByUser(before);
            }
            follower.update(new FollowedMove(moveId, reread(before), Following.FOLLOWING, e.getMessage()));
            return again(before, IDLE_MILLIS);
        } catch (ServerException | MoveException e) {
            if (monitor.isCanceled()) {
                return stoppedByUser(before);
            }
            String message = NLS.bind(Messages.FollowMoveJob_stopped, e.getMessage());
            ILog.of(FollowMoveJob.class).warn(message, e);
            follower.update(new FollowedMove(moveId, reread(before), Following.STOPPED, message));
            return Status.warning(message, e);
        }
    }

    /**
     * The administrator stopped this step among the operations (or the workbench is closing): the job stops being
     * followed here, shows as stopped and can be resumed; the journal holds where it is.
     */
    private IStatus stoppedByUser(MoveJobRecord before) {
        if (!follower.isStopped()) {
            follower.update(
                    new FollowedMove(moveId, reread(before), Following.STOPPED, Messages.FollowMoveJob_stoppedByUser));
        }
        return Status.CANCEL_STATUS;
    }

    private MoveJobRecord reread(MoveJobRecord fallback) {
        try {
            return follower.read(moveId);
        } catch (MoveException e) {
            return fallback;
        }
    }

    private IStatus again(MoveJobRecord job, long delay) {
        follower.stepLater(moveId, job, delay);
        return Status.OK_STATUS;
    }

    /** Polls often while agents relocate, seldom while they only wait to come online. */
    private static long pause(MoveJobRecord job) {
        boolean relocating = job.phase() != MovePhase.STARTED || job.count(MoveItemProgress.MOVING) > 0;
        return relocating ? POLL_MILLIS : IDLE_MILLIS;
    }
}
