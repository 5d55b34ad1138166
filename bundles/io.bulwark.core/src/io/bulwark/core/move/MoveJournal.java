package io.bulwark.core.move;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import io.bulwark.core.internal.AtomicFiles;
import io.bulwark.core.internal.ProcessFileLock;
import io.bulwark.core.internal.move.Messages;
import io.bulwark.core.internal.move.MoveJson;

/**
 * The move journal on disk, shared by the console and the command line: one JSON file per job ({@code <moveId>.json}),
 * each written atomically, so a crash leaves the previous record whole. A job is carried on only under its lock (an OS
 * file lock on {@code <moveId>.lock}), so two processes never run the same job; anyone may read a job, and anyone may
 * ask for it to be cancelled ({@code <moveId>.cancel}), which the process running it picks up on its next step.
 */
public final class MoveJournal {

    /** The value of the {@code format} member that marks a journal entry. */
    public static final String FORMAT = "bulwark-move-job"; //$NON-NLS-1$

    /** The version of the entries written and read. */
    public static final int VERSION = 1;

    private static final String JOB_SUFFIX = ".json"; //$NON-NLS-1$
    private static final String LOCK_SUFFIX = ".lock"; //$NON-NLS-1$
    private static final String CANCEL_SUFFIX = ".cancel"; //$NON-NLS-1$

    /** One job's entry on disk. */
    record Entry(String format, int version, MoveJobRecord job) {
    }

    private final Path folder;

    /**
     * @param folder
     *            the journal's folder; created on the first write
     */
    public MoveJournal(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder").toAbsolutePath(); //$NON-NLS-1$
    }

    /**
     * The journal the command line and a console without a workspace share: {@code ~/.bulwark/moves}, or the folder
     * named by the system property {@code bulwark.moves} or the environment variable {@code BULWARK_MOVES}.
     *
     * @return the default journal
     */
    public static MoveJournal defaultJournal() {
        String named = System.getProperty("bulwark.moves"); //$NON-NLS-1$
        if (named == null || named.isBlank()) {
            named = System.getenv("BULWARK_MOVES"); //$NON-NLS-1$
        }
        if (named != null && !named.isBlank()) {
            return new MoveJournal(Path.of(named.strip()));
        }
        return new MoveJournal(Path.of(System.getProperty("user.home"), ".bulwark", "moves")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return the journal's folder */
    public Path folder() {
        return folder;
    }

    /**
     * Records a new job for a plan.
     *
     * @param plan
     *            the plan to carry out
     * @return the job's first record
     * @throws MoveException
     *             if a job with that move id exists already, or the entry cannot be written
     */
    public MoveJobRecord create(MovePlan plan) throws MoveException {
        String problem = MovePlans.problem(plan);
        if (problem != null) {
            throw new MoveException(problem);
        }
        if (Files.exists(jobFile(plan.moveId()))) {
            throw new MoveException(NLS.bind(Messages.MoveJournal_exists, plan.moveId(), jobFile(plan.moveId())));
        }
        MovePhase phase = plan.readiness().ticketId() != null ? MovePhase.TICKET_OBTAINED : MovePhase.PLANNED;
        MoveJobRecord job = new MoveJobRecord(plan, phase, plan.readiness().ticketId(), false, Instant.now(), null,
                null, null);
        write(job);
        return job;
    }

    /**
     * @return the ids of every job in the journal, in no set order
     * @throws MoveException
     *             if the folder cannot be listed
     */
    public List<UUID> jobs() throws MoveException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<UUID> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                String name = file.getFileName().toString();
                if (name.endsWith(JOB_SUFFIX)) {
                    try {
                        ids.add(UUID.fromString(name.substring(0, name.length() - JOB_SUFFIX.length())));
                    } catch (IllegalArgumentException e) {
                        // another file in the folder: not a job
                    }
                }
            }
        } catch (IOException e) {
            throw new MoveException(NLS.bind(Messages.MoveJournal_unlistable, folder, e.getMessage()), e);
        }
        return ids;
    }

    /**
     * @param moveId
     *            a job
     * @return its last record
     * @throws MoveException
     *             if there is no such job, or its entry cannot be read (naming the file)
     */
    public MoveJobRecord read(UUID moveId) throws MoveException {
        Path file = jobFile(moveId);
        Entry entry;
        try {
            entry = MoveJson.read(Files.readAllBytes(file), Entry.class);
        } catch (NoSuchFileException e) {
            throw new MoveException(NLS.bind(Messages.MoveJournal_noSuchJob, moveId, folder), e);
        } catch (IOException | RuntimeException e) {
            throw new MoveException(NLS.bind(Messages.MoveJournal_corrupt, file, e.getMessage()), e);
        }
        if (!FORMAT.equals(entry.format()) || entry.version() != VERSION || entry.job() == null
                || entry.job().phase() == null || entry.job().updatedAt() == null) {
            throw new MoveException(NLS.bind(Messages.MoveJournal_corrupt, file,
                    NLS.bind(Messages.MoveJournal_notAnEntry, FORMAT, Integer.valueOf(VERSION))));
        }
        String problem = MovePlans.problem(entry.job().plan());
        if (problem != null || !moveId.equals(entry.job().moveId())) {
            throw new MoveException(NLS.bind(Messages.MoveJournal_corrupt, file,
                    problem != null ? problem : Messages.MoveJournal_otherJob));
        }
        return entry.job();
    }

    /**
     * Replaces a job's record atomically. The caller holds the job's {@link #lock(UUID) lock}, or created the job.
     *
     * @param job
     *            the new record
     * @throws MoveException
     *             if it cannot be written; the previous record stays
     */
    public void write(MoveJobRecord job) throws MoveException {
        Path file = jobFile(job.moveId());
        try {
            MoveJson.writeFile(file, new Entry(FORMAT, VERSION, job));
        } catch (IOException e) {
            throw new MoveException(NLS.bind(Messages.MoveJournal_writeFailed, file, e.getMessage()), e);
        }
    }

    /**
     * Takes a job's lock, without waiting.
     *
     * @param moveId
     *            a job
     * @return the lock, held until closed
     * @throws JobLockedException
     *             if another process, or another run in this one, holds it
     * @throws MoveException
     *             if the lock file cannot be opened
     */
    public JobLock lock(UUID moveId) throws MoveException {
        return lock(moveId, folder.resolve(moveId + LOCK_SUFFIX), NLS.bind(Messages.MoveJournal_locked, moveId));
    }

    /**
     * Takes the lock of planning a list's move, without waiting: while it is held, no other run decides whether the
     * list's move is already in the journal and, finding none, plans and records one. Two runs started together would
     * otherwise both record a move of the same agents.
     *
     * @param origin
     *            the list, as {@link MovePlan#origin()} names it
     * @return the lock, held until closed; its id is made from the origin
     * @throws JobLockedException
     *             if another process, or another run in this one, holds it
     * @throws MoveException
     *             if the lock file cannot be opened
     */
    public JobLock lockPlanning(String origin) throws MoveException {
        UUID id = UUID.nameUUIDFromBytes(origin.getBytes(StandardCharsets.UTF_8));
        return lock(id, folder.resolve("planning-" + id + LOCK_SUFFIX), //$NON-NLS-1$
                NLS.bind(Messages.MoveJournal_planningLocked, origin));
    }

    private JobLock lock(UUID id, Path file, String lockedMessage) throws MoveException {
        try {
            Files.createDirectories(folder);
            ProcessFileLock lock = ProcessFileLock.tryLock(file)
                    .orElseThrow(() -> new JobLockedException(id, lockedMessage, null));
            return new JobLock(id, lock);
        } catch (IOException e) {
            throw new MoveException(NLS.bind(Messages.MoveJournal_lockFailed, file, e.getMessage()), e);
        }
    }

    /**
     * Asks that a job be cancelled: the process running it (this one or another) cancels the move on its next step.
     *
     * @param moveId
     *            a job
     * @throws MoveException
     *             if there is no such job or the request cannot be written
     */
    public void requestCancel(UUID moveId) throws MoveException {
        if (!Files.exists(jobFile(moveId))) {
            throw new MoveException(NLS.bind(Messages.MoveJournal_noSuchJob, moveId, folder));
        }
        Path file = folder.resolve(moveId + CANCEL_SUFFIX);
        try {
            AtomicFiles.write(file, Instant.now().toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MoveException(NLS.bind(Messages.MoveJournal_writeFailed, file, e.getMessage()), e);
        }
    }

    /**
     * @param moveId
     *            a job
     * @return whether cancelling it was asked for
     */
    public boolean cancelRequested(UUID moveId) {
        return Files.exists(folder.resolve(moveId + CANCEL_SUFFIX));
    }

    private Path jobFile(UUID moveId) {
        return folder.resolve(Objects.requireNonNull(moveId, "moveId") + JOB_SUFFIX); //$NON-NLS-1$
    }
}
