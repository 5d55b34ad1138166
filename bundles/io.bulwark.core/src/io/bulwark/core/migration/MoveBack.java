package io.bulwark.core.migration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.internal.migration.Messages;
import io.bulwark.core.internal.migration.ServerIdentity;
import io.bulwark.core.internal.move.DomainPaths;
import io.bulwark.core.internal.move.MoveSteps;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.core.move.MoveJournal;
import io.bulwark.core.move.MovePhase;
import io.bulwark.core.move.MovePlan;
import io.bulwark.core.move.MovePlanRequest;
import io.bulwark.core.move.MovePlanner;
import io.bulwark.core.move.MoveRunner;
import io.bulwark.core.move.PlannedAgent;
import io.bulwark.protocol.move.MoveItemProgress;

/**
 * Moves the agents of a finished move back to where they came from (a rollback, DOMAIN §6): the agents that arrived on
 * the move's target go back to its source, each into the domain it left, as ordinary moves (one per domain, since a
 * move has one target domain) planned by {@link MovePlanner} and carried out by {@link MoveRunner} from the journal, so
 * a move back never loses an agent either. A domain the source no longer has is reported, and the move back refused,
 * unless its agents are to go to the source's root.
 * <p>
 * The moves back are found again by their origin ({@link #origin(UUID)}): running a move back again resumes the jobs of
 * the earlier run and plans only the agents none of them is moving or brought back, so a run killed anywhere is simply
 * run again, and an agent an earlier run did not bring back (cancelled, rolled back, expired or skipped) is planned
 * again.
 */
public final class MoveBack {

    private final MoveJournal journal;
    private final ServerClient from;
    private final ServerClient to;

    /**
     * @param journal
     *            the journal holding the move and, afterwards, the moves back
     * @param from
     *            the server the agents are on now: the move's target
     * @param to
     *            the server they go back to: the move's source
     */
    public MoveBack(MoveJournal journal, ServerClient from, ServerClient to) {
        this.journal = Objects.requireNonNull(journal, "journal"); //$NON-NLS-1$
        this.from = Objects.requireNonNull(from, "from"); //$NON-NLS-1$
        this.to = Objects.requireNonNull(to, "to"); //$NON-NLS-1$
    }

    /**
     * @param moveId
     *            a move
     * @return the origin of the jobs moving its agents back
     */
    public static String origin(UUID moveId) {
        return "move-back " + moveId; //$NON-NLS-1$
    }

    /**
     * @return the agents an earlier move back is moving, or brought back; one that did not bring an agent back
     *         (cancelled, rolled back, expired or skipped) leaves it to be planned again
     */
    private static Set<UUID> beingOrBroughtBack(MoveJobRecord job) {
        Set<UUID> agents = new HashSet<>();
        if (job.finished()) {
            job.items().stream().filter(item -> MoveItemProgress.ARRIVED.equals(item.state()))
                    .forEach(item -> agents.add(item.agentId()));
        } else {
            job.plan().agents().forEach(agent -> agents.add(agent.id()));
        }
        return agents;
    }

    /**
     * Plans moving a finished move's agents back. Reads the journal and both servers; changes nothing.
     *
     * @param request
     *            which move, and how
     * @param monitor
     *            cancels planning, or {@code null}
     * @return the plan; not {@linkplain MoveBackPlan#ready() ready} when domains are missing on the source
     * @throws MoveException
     *             a {@link MigrationRefusedException} if the move has not finished or none of its agents arrived; else
     *             if the journal cannot be read or the servers are not the move's
     * @throws ServerException
     *             if a server cannot be read
     */
    public MoveBackPlan plan(MoveBackRequest request, IProgressMonitor monitor) throws MoveException, ServerException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.MoveBack_task, 10);
        MoveJobRecord job = journal.read(request.moveId());
        if (!job.finished()) {
            throw new MigrationRefusedException(NLS.bind(Messages.MoveBack_notFinished, request.moveId(),
                    MoveSteps.summary(job)));
        }
        List<UUID> arrived = job.items().stream().filter(item -> MoveItemProgress.ARRIVED.equals(item.state()))
                .map(MoveItemProgress::agentId).toList();
        if (arrived.isEmpty()) {
            throw new MigrationRefusedException(NLS.bind(Messages.MoveBack_nothingArrived, request.moveId()));
        }
        MovePlan original = job.plan();
        ServerIdentity.check(from, original.target(), progress.split(1));
        ServerIdentity.check(to, original.source(), progress.split(1));

        List<MoveJobRecord> earlier = new ArrayList<>();
        Set<UUID> covered = new HashSet<>();
        for (UUID id : journal.jobs()) {
            MoveJobRecord other = readable(id);
            if (other != null && origin(request.moveId()).equals(other.plan().origin())) {
                earlier.add(other);
                covered.addAll(beingOrBroughtBack(other));
            }
        }
        earlier.sort(Comparator.comparing((MoveJobRecord other) -> other.plan().plannedAt()));
        List<UUID> earlierJobs = earlier.stream().map(MoveJobRecord::moveId).toList();

        Map<UUID, String> domainOf = new HashMap<>();
        for (PlannedAgent agent : original.agents()) {
            domainOf.put(agent.id(), agent.domainPath() == null ? "" : agent.domainPath()); //$NON-NLS-1$
        }
        Map<String, List<UUID>> byDomain = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (UUID agent : arrived) {
            if (!covered.contains(agent)) {
                byDomain.computeIfAbsent(domainOf.getOrDefault(agent, ""), key -> new ArrayList<>()).add(agent); //$NON-NLS-1$
            }
        }
        DomainPaths domains = new DomainPaths(to.domains(progress.split(1)));
        List<String> missing = new ArrayList<>();
        for (String path : byDomain.keySet()) {
            try {
                domains.find(path);
            } catch (IllegalArgumentException e) {
                missing.add(path);
            }
        }
        if (!missing.isEmpty() && !request.missingDomainsToRoot()) {
            return new MoveBackPlan(request.moveId(), original.target(), original.source(), arrived.size(), earlierJobs,
                    missing, false, List.of(), List.of());
        }
        Map<String, List<UUID>> destinations = destinations(byDomain, missing);
        List<MovePlan> moves = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        SubMonitor planning = SubMonitor.convert(progress.split(7), destinations.size());
        for (Map.Entry<String, List<UUID>> destination : destinations.entrySet()) {
            MovePlan plan = new MovePlanner(from, to).plan(new MovePlanRequest(destination.getValue(),
                    destination.getKey(), request.deadlineDays(), request.offlineAgents(),
                    request.cancelNotifications(), false, origin(request.moveId())), planning.split(1));
            if (plan.readiness().ready()) {
                moves.add(plan);
            } else if (plan.namedAgents().isEmpty()) {
                skipped.add(NLS.bind(Messages.MoveBack_domainSkipped, domain(destination.getKey()),
                        plan.readiness().problem()));
            } else {
                throw new MoveException(NLS.bind(Messages.MoveBack_sourceNotReady, original.source().name(),
                        plan.readiness().problem()));
            }
        }
        return new MoveBackPlan(request.moveId(), original.target(), original.source(), arrived.size(), earlierJobs,
                missing, request.missingDomainsToRoot(), moves, skipped);
    }

    /** The domain each group of agents goes back to: its own, or the root for those whose domain is missing. */
    private static Map<String, List<UUID>> destinations(Map<String, List<UUID>> byDomain, List<String> missing) {
        Map<String, List<UUID>> destinations = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Map.Entry<String, List<UUID>> domain : byDomain.entrySet()) {
            String path = missing.contains(domain.getKey()) ? "" : domain.getKey(); //$NON-NLS-1$
            destinations.computeIfAbsent(path, key -> new ArrayList<>()).addAll(domain.getValue());
        }
        return destinations;
    }

    /**
     * Records the planned moves back in the journal.
     *
     * @param plan
     *            a ready plan
     * @return every job to run or follow for the move back: those of earlier runs, then those just recorded
     * @throws MoveException
     *             a {@link MigrationRefusedException} if the plan is not ready; else if the journal cannot be written
     */
    public List<UUID> record(MoveBackPlan plan) throws MoveException {
        if (!plan.ready()) {
            throw new MigrationRefusedException(NLS.bind(Messages.MoveBack_domainsMissing, plan.to().name(),
                    String.join(", ", plan.missingDomains().stream().map(MoveBack::domain).toList()))); //$NON-NLS-1$
        }
        Set<UUID> jobs = new LinkedHashSet<>(plan.earlierJobs());
        for (MovePlan move : plan.moves()) {
            journal.create(move);
            jobs.add(move.moveId());
        }
        return List.copyOf(jobs);
    }

    /**
     * Carries the moves back out: starts every job not yet started first, so their agents all move at once, then
     * follows each until it finished.
     *
     * @param jobs
     *            the jobs from {@link #record(MoveBackPlan)}
     * @param pollInterval
     *            how long to wait between two polls of a move
     * @param listener
     *            receives every record written, or {@code null}
     * @param monitor
     *            stops following when cancelled, or {@code null}
     * @return each job's final record, in order
     * @throws MoveException
     *             if a job is locked by another run or its journal entry cannot be read or written
     * @throws ServerException
     *             if a server refuses a step
     */
    public List<MoveJobRecord> carryOut(List<UUID> jobs, Duration pollInterval, Consumer<MoveJobRecord> listener,
            IProgressMonitor monitor) throws MoveException, ServerException {
        MoveRunner runner = new MoveRunner(journal, from, to, pollInterval);
        SubMonitor progress = SubMonitor.convert(monitor, jobs.size() * 2);
        for (UUID job : jobs) {
            MovePhase phase = journal.read(job).phase();
            if (phase == MovePhase.PLANNED || phase == MovePhase.TICKET_OBTAINED) {
                MoveJobRecord started = runner.step(job, progress.split(1));
                if (listener != null) {
                    listener.accept(started);
                }
            } else {
                progress.worked(1);
            }
        }
        List<MoveJobRecord> done = new ArrayList<>();
        for (UUID job : jobs) {
            done.add(runner.run(job, listener, progress.split(1)));
        }
        return done;
    }

    private MoveJobRecord readable(UUID id) {
        try {
            return journal.read(id);
        } catch (MoveException e) {
            return null;
        }
    }

    private static String domain(String path) {
        return path.isEmpty() ? Messages.MoveBack_root : path;
    }
}
