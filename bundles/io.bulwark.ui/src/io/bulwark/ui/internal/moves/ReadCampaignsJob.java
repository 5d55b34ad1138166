package io.bulwark.ui.internal.moves;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.bulwark.core.migration.Campaign;
import io.bulwark.core.migration.JournalJobs;
import io.bulwark.core.move.MoveException;

/**
 * Reads every campaign of the journal and where each of its waves stands
 * ({@link io.bulwark.core.migration.CampaignRunner#status}) for the {@link CampaignFollower}. Reads files only; a
 * campaign that cannot be read is shown with the reason, the others are read all the same.
 */
final class ReadCampaignsJob extends Job {

    private final CampaignFollower follower;

    ReadCampaignsJob(CampaignFollower follower) {
        super(NLS.bind(Messages.ReadCampaignsJob_name, follower.journal().folder()));
        this.follower = follower;
        setSystem(true);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == MoveFollower.FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, getName(), 1);
        List<FollowedCampaign> read = new ArrayList<>();
        try {
            List<UUID> ids = follower.journal().campaigns();
            JournalJobs jobs = JournalJobs.read(follower.journal().moves());
            progress.setWorkRemaining(ids.size());
            for (UUID id : ids) {
                if (progress.isCanceled() || follower.isStopped()) {
                    return Status.CANCEL_STATUS;
                }
                read.add(read(id, jobs));
                progress.worked(1);
            }
        } catch (MoveException e) {
            return Status.warning(e.getMessage(), e);
        }
        read.sort(Comparator.comparing(FollowedCampaign::createdAt).reversed());
        follower.update(read);
        return Status.OK_STATUS;
    }

    private FollowedCampaign read(UUID id, JournalJobs jobs) {
        Campaign campaign;
        try {
            campaign = follower.journal().read(id);
        } catch (MoveException e) {
            return new FollowedCampaign(id, null, List.of(), e.getMessage());
        }
        try {
            return new FollowedCampaign(id, campaign, follower.runner().status(campaign, jobs), null);
        } catch (MoveException e) {
            return new FollowedCampaign(id, campaign, List.of(), e.getMessage());
        }
    }
}
