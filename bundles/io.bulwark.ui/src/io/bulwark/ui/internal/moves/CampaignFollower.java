package io.bulwark.ui.internal.moves;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.e4.ui.di.UISynchronize;

import io.bulwark.core.migration.CampaignJournal;
import io.bulwark.core.migration.CampaignRunner;

/**
 * The migration campaigns of the shared journal ({@code campaigns/} beside the move jobs), the console's and the
 * command line's alike, with where each wave stands. A wave's state comes from its move job, so the campaigns are read
 * again, by a short {@link ReadCampaignsJob}, whenever the {@link MoveFollower} sees a job change, after a command on a
 * campaign, and on Refresh; nothing waits or holds a lock between reads. Parts listen for changes, which arrive on the
 * UI thread.
 */
public final class CampaignFollower {

    private final CampaignJournal journal;
    private final CampaignRunner runner;
    private final MoveFollower moves;
    private final UISynchronize sync;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final ReadCampaignsJob reader;
    private final Runnable movesChanged = this::read;
    private volatile List<FollowedCampaign> campaigns = List.of();
    private volatile boolean stopped;

    /**
     * @param moves
     *            follows the campaigns' move jobs, in whose journal the campaigns live
     * @param sync
     *            the UI thread
     */
    CampaignFollower(MoveFollower moves, UISynchronize sync) {
        this.moves = moves;
        this.sync = sync;
        this.journal = new CampaignJournal(moves.journal());
        this.runner = new CampaignRunner(journal);
        this.reader = new ReadCampaignsJob(this);
        moves.addListener(movesChanged);
    }

    CampaignJournal journal() {
        return journal;
    }

    CampaignRunner runner() {
        return runner;
    }

    MoveFollower moves() {
        return moves;
    }

    /** Reads the campaigns again in the background; a read asked for while one runs follows it. */
    void read() {
        if (!stopped) {
            reader.schedule();
        }
    }

    /** @return every campaign as last read, the one planned last first */
    List<FollowedCampaign> campaigns() {
        return campaigns;
    }

    /**
     * @param read
     *            the campaigns as just read, in order
     */
    void update(List<FollowedCampaign> read) {
        if (stopped || read.equals(campaigns)) {
            return;
        }
        campaigns = List.copyOf(read);
        sync.asyncExec(() -> {
            if (!stopped) {
                listeners.forEach(Runnable::run);
            }
        });
    }

    /**
     * @param listener
     *            runs on the UI thread after the campaigns changed
     */
    void addListener(Runnable listener) {
        listeners.add(listener);
    }

    void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    boolean isStopped() {
        return stopped;
    }

    /** Stops reading; the journal holds every campaign for the next start. */
    void stop() {
        stopped = true;
        moves.removeListener(movesChanged);
        reader.cancel();
        listeners.clear();
    }
}
