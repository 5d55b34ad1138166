package io.bulwark.core.migration;

import java.util.UUID;

import io.bulwark.core.internal.ProcessFileLock;

/**
 * A held campaign lock of the {@link CampaignJournal}: while open, no other process (and no other run in this one)
 * changes the campaign. The operating system releases it when the process ends, even by {@code kill -9}.
 */
public final class CampaignLock implements AutoCloseable {

    private final UUID campaignId;
    private final ProcessFileLock lock;

    CampaignLock(UUID campaignId, ProcessFileLock lock) {
        this.campaignId = campaignId;
        this.lock = lock;
    }

    /** @return the campaign it locks */
    public UUID campaignId() {
        return campaignId;
    }

    /** Releases the lock. */
    @Override
    public void close() {
        lock.close();
    }
}
