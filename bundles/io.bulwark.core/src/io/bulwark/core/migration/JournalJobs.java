package io.bulwark.core.migration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MoveJournal;

/**
 * The move journal's jobs as they are at one moment, with the origin each was planned with: read once, for the status
 * of every campaign a console or the command line shows, instead of once per campaign. A job that cannot be read has no
 * origin here; its wave reads it again, and says why it cannot.
 */
public final class JournalJobs {

    private final Set<UUID> jobs;
    private final Map<String, List<UUID>> byOrigin;

    private JournalJobs(Set<UUID> jobs, Map<String, List<UUID>> byOrigin) {
        this.jobs = jobs;
        this.byOrigin = byOrigin;
    }

    /**
     * Lists the journal's jobs and reads the origin of each.
     *
     * @param journal
     *            the move journal
     * @return what it holds now
     * @throws MoveException
     *             if the journal cannot be listed
     */
    public static JournalJobs read(MoveJournal journal) throws MoveException {
        Set<UUID> jobs = Set.copyOf(journal.jobs());
        Map<String, List<UUID>> byOrigin = new HashMap<>();
        for (UUID id : jobs) {
            try {
                String origin = journal.read(id).plan().origin();
                if (origin != null) {
                    byOrigin.computeIfAbsent(origin, key -> new ArrayList<>()).add(id);
                }
            } catch (MoveException e) {
                // unreadable: no origin; a wave that names it reads it again and reports it
            }
        }
        return new JournalJobs(jobs, byOrigin);
    }

    /**
     * @param id
     *            a job's id
     * @return whether the journal held it
     */
    boolean contains(UUID id) {
        return jobs.contains(id);
    }

    /**
     * @param origin
     *            an origin, as a job's plan records it
     * @return the jobs planned with it
     */
    List<UUID> from(String origin) {
        return byOrigin.getOrDefault(origin, List.of());
    }
}
