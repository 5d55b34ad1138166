package io.bulwark.core.migration;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import io.bulwark.core.internal.ProcessFileLock;
import io.bulwark.core.internal.migration.CampaignChecks;
import io.bulwark.core.internal.migration.Messages;
import io.bulwark.core.internal.move.MoveJson;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MoveJournal;

/**
 * Campaigns on disk, beside the move journal their waves' jobs live in: one JSON file per campaign
 * ({@code <journal>/campaigns/<campaignId>.json}), each written atomically, so a crash leaves the previous record
 * whole. A campaign is changed only under its lock (an OS file lock on {@code <campaignId>.lock}), so two processes
 * never start or confirm waves of the same campaign at once; anyone may read one.
 */
public final class CampaignJournal {

    /** The value of the {@code format} member that marks a campaign. */
    public static final String FORMAT = "bulwark-migration-campaign"; //$NON-NLS-1$

    /** The version of the entries written and read. */
    public static final int VERSION = 1;

    /** The folder of campaigns inside the move journal. */
    public static final String FOLDER = "campaigns"; //$NON-NLS-1$

    private static final String SUFFIX = ".json"; //$NON-NLS-1$
    private static final String LOCK_SUFFIX = ".lock"; //$NON-NLS-1$

    /** One campaign's entry on disk. */
    record Entry(String format, int version, Campaign campaign) {
    }

    private final MoveJournal moves;
    private final Path folder;

    /**
     * @param moves
     *            the move journal the campaigns' waves are carried out in; the campaigns live in its folder
     *            {@value #FOLDER}
     */
    public CampaignJournal(MoveJournal moves) {
        this.moves = Objects.requireNonNull(moves, "moves"); //$NON-NLS-1$
        this.folder = moves.folder().resolve(FOLDER);
    }

    /** @return the move journal beside it */
    public MoveJournal moves() {
        return moves;
    }

    /** @return the folder of the campaigns */
    public Path folder() {
        return folder;
    }

    /**
     * @param campaignId
     *            a campaign
     * @return its file
     */
    public Path file(UUID campaignId) {
        return folder.resolve(Objects.requireNonNull(campaignId, "campaignId") + SUFFIX); //$NON-NLS-1$
    }

    /**
     * Records a new campaign.
     *
     * @param campaign
     *            a campaign just planned
     * @throws MoveException
     *             if it is incomplete, exists already, or cannot be written
     */
    public void create(Campaign campaign) throws MoveException {
        String problem = CampaignChecks.problem(campaign);
        if (problem != null) {
            throw new MoveException(problem);
        }
        if (Files.exists(file(campaign.campaignId()))) {
            throw new MoveException(NLS.bind(Messages.CampaignJournal_exists, campaign.campaignId(),
                    file(campaign.campaignId())));
        }
        write(campaign);
    }

    /**
     * @return the ids of every campaign, in no set order
     * @throws MoveException
     *             if the folder cannot be listed
     */
    public List<UUID> campaigns() throws MoveException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(SUFFIX)) {
                    try {
                        ids.add(UUID.fromString(name.substring(0, name.length() - SUFFIX.length())));
                    } catch (IllegalArgumentException e) {
                        // another file in the folder: not a campaign
                    }
                }
            }
        } catch (IOException e) {
            throw new MoveException(NLS.bind(Messages.CampaignJournal_unlistable, folder, e.getMessage()), e);
        }
        return ids;
    }

    /**
     * @param campaignId
     *            a campaign
     * @return its last record
     * @throws MoveException
     *             if there is no such campaign, or its entry cannot be read (naming the file)
     */
    public Campaign read(UUID campaignId) throws MoveException {
        Path file = file(campaignId);
        Entry entry;
        try {
            entry = MoveJson.read(Files.readAllBytes(file), Entry.class);
        } catch (NoSuchFileException e) {
            throw new MoveException(NLS.bind(Messages.CampaignJournal_noSuchCampaign, campaignId, folder), e);
        } catch (IOException | RuntimeException e) {
            throw new MoveException(NLS.bind(Messages.CampaignJournal_corrupt, file, e.getMessage()), e);
        }
        if (!FORMAT.equals(entry.format()) || entry.version() != VERSION) {
            throw new MoveException(NLS.bind(Messages.CampaignJournal_corrupt, file,
                    NLS.bind(Messages.CampaignJournal_notAnEntry, FORMAT, Integer.valueOf(VERSION))));
        }
        String problem = CampaignChecks.problem(entry.campaign());
        if (problem == null && !campaignId.equals(entry.campaign().campaignId())) {
            problem = Messages.CampaignJournal_otherCampaign;
        }
        if (problem != null) {
            throw new MoveException(NLS.bind(Messages.CampaignJournal_corrupt, file, problem));
        }
        return entry.campaign();
    }

    /**
     * Replaces a campaign's record atomically. The caller holds its {@link #lock(UUID) lock}, or created it.
     *
     * @param campaign
     *            the new record
     * @throws MoveException
     *             if it cannot be written; the previous record stays
     */
    public void write(Campaign campaign) throws MoveException {
        Path file = file(campaign.campaignId());
        try {
            MoveJson.writeFile(file, new Entry(FORMAT, VERSION, campaign));
        } catch (IOException e) {
            throw new MoveException(NLS.bind(Messages.CampaignJournal_writeFailed, file, e.getMessage()), e);
        }
    }

    /**
     * Takes a campaign's lock, without waiting.
     *
     * @param campaignId
     *            a campaign
     * @return the lock, held until closed
     * @throws MoveException
     *             if another process, or another run in this one, holds it
     */
    public CampaignLock lock(UUID campaignId) throws MoveException {
        Path file = folder.resolve(campaignId + LOCK_SUFFIX);
        try {
            Files.createDirectories(folder);
            ProcessFileLock lock = ProcessFileLock.tryLock(file)
                    .orElseThrow(() -> new MoveException(NLS.bind(Messages.CampaignJournal_locked, campaignId)));
            return new CampaignLock(campaignId, lock);
        } catch (IOException e) {
            throw new MoveException(NLS.bind(Messages.CampaignJournal_lockFailed, file, e.getMessage()), e);
        }
    }
}
