package io.bulwark.ui.internal.moves;

import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.ui.internal.moves.FollowedMove.Following;

/**
 * Reads every job of the move journal for the {@link MoveFollower}: finished ones to show, unfinished ones to follow (a
 * console that was closed or killed mid-move carries its jobs on, as does one that finds a job the command line left).
 * An entry that cannot be read is shown with the reason; the others are read all the same.
 */
final class ReadJournalJob extends Job {

    private final MoveFollower follower;

    ReadJournalJob(MoveFollower follower) {
        super(NLS.bind(Messages.ReadJournalJob_name, follower.journal().folder()));
        this.follower = follower;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == MoveFollower.FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 1);
        try {
            List<UUID> jobs = follower.journal().jobs();
            progress.setWorkRemaining(jobs.size());
            follower.journalUnreadable(null);
            for (UUID moveId : jobs) {
                if (progress.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                try {
                    MoveJobRecord job = follower.read(moveId);
                    follower.found(moveId, job);
                } catch (MoveException e) {
                    follower.update(new FollowedMove(moveId, null, Following.UNREADABLE, e.getMessage()));
                }
                progress.worked(1);
            }
            return Status.OK_STATUS;
        } catch (MoveException e) {
            follower.journalUnreadable(e.getMessage());
            return Status.warning(e.getMessage(), e);
        }
    }
}
