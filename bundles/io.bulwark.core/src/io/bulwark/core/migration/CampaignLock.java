package io.bulwark.core.migration;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.util.UUID;

/**
 * A held campaign lock of the {@link CampaignJournal}: while open, no other process (and no other run in this one)
 * changes the campaign. The operating system releases it when the process ends, even by {@code kill -9}.
 */
public final class CampaignLock implements AutoCloseable {

    private final UUID campaignId;
    private final FileChannel channel;
    private final FileLock lock;

    CampaignLock(UUID campaignId, FileChannel channel, FileLock lock) {
        this.campaignId = campaignId;
        this.channel = channel;
        this.lock = lock;
    }

    /** @return the campaign it locks */
    public UUID campaignId() {
        return campaignId;
    }

    /** Releases the lock. */
    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException e) {
            // closing the channel below releases it anyway
        }
        try {
            channel.close();
        } catch (IOException e) {
            // the process ending releases the lock at the latest
        }
    }
}
