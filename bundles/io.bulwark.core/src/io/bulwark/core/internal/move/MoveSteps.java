package io.bulwark.core.internal.move;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.NotFoundException;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.core.move.MoveJournal;
import io.bulwark.core.move.MovePhase;
import io.bulwark.core.move.MovePlan;
import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.protocol.move.MoveProgress;
import io.bulwark.protocol.move.MoveTicket;
import io.bulwark.protocol.move.TicketPlacements;

/**
 * The steps of one move job, each recorded in the journal before the next: ticket, start, follow, finish. Every request
 * is idempotent (the ticket by its key, the move by its id), so a step repeated after a crash does nothing more.
 */
public final class MoveSteps {

    private final MoveJournal journal;
    private final ServerClient source;
    private final ServerClient target;
    private final Consumer<MoveJobRecord> listener;

    /**
     * @param journal
     *            where each step is recorded
     * @param source
     *            the move's source server
     * @param target
     *            the move's target server
     * @param listener
     *            told of every record written
     */
    public MoveSteps(MoveJournal journal, ServerClient source, ServerClient target,
            Consumer<MoveJobRecord> listener) {
        this.journal = journal;
        this.source = source;
        this.target = target;
        this.listener = listener;
    }

    /**
     * Checks that the clients reach the servers the plan names, so a job is never carried on against others.
     *
     * @param job
     *            a job
     * @param monitor
     *            cancels the calls
     * @throws MoveException
     *             if either server is another one than planned
     * @throws ServerException
     *             if either cannot be asked
     */
    public void checkServers(MoveJobRecord job, IProgressMonitor monitor) throws MoveException, ServerException {
        check(source, job.plan().source().serverId(), job.plan().source().name(), monitor);
        check(target, job.plan().target().serverId(), job.plan().target().name(), monitor);
    }

    private static void check(ServerClient client, UUID planned, String name, IProgressMonitor monitor)
            throws MoveException, ServerException {
        ServerInfo info = client.serverInfo(monitor);
        if (!Objects.equals(planned, info.serverId())) {
            throw new MoveException(NLS.bind(Messages.MoveSteps_otherServer,
                    new Object[]{client.address(), info.name(), name}));
        }
    }

    /**
     * Takes the job's next step and records it.
     *
     * @param job
     *            the job's current record; not finished
     * @param monitor
     *            cancels the calls
     * @return the record after the step
     * @throws MoveException
     *             if the journal cannot be written
     * @throws ServerException
     *             if a server refuses or fails the step (recorded as the job's last error)
     */
    public MoveJobRecord advance(MoveJobRecord job, IProgressMonitor monitor) throws MoveException, ServerException {
        boolean cancel = journal.cancelRequested(job.moveId());
        try {
            if (job.phase() == MovePhase.STARTED) {
                MoveProgress progress = cancel && !job.cancelled()
                        ? source.moves().cancel(job.moveId(), monitor)
                        : source.moves().progress(job.moveId(), monitor);
                return followed(job, progress, cancel || job.cancelled(), monitor);
            }
            if (cancel && job.ticketId() != null) {
                return cancelledOnceTicketed(job, monitor);
            }
            if (cancel) {
                return cancelledBeforeStart(job, monitor);
            }
            return started(job, monitor);
        } catch (ServerException e) {
            recordFailure(journal.read(job.moveId()), e);
            throw e;
        }
    }

    /**
     * Records a failure that stopped a step, keeping where the job stood.
     *
     * @param job
     *            the job's current record
     * @param failure
     *            what failed
     * @return the record written
     * @throws MoveException
     *             if the journal cannot be written
     */
    public MoveJobRecord recordFailure(MoveJobRecord job, ServerException failure) throws MoveException {
        return save(new MoveJobRecord(job.plan(), job.phase(), job.ticketId(), job.cancelled(), Instant.now(),
                failure.getMessage(), job.counts(), job.items()), job);
    }

    private MoveJobRecord started(MoveJobRecord job, IProgressMonitor monitor) throws MoveException, ServerException {
        MovePlan plan = job.plan();
        MoveTicket ticket = target.moves().requestTicket(MoveRequests.ticket(plan),
                MoveRequests.ticketKey(plan.moveId()),
                monitor);
        if (ticket.token() == null || ticket.sourceToken() == null) {
            throw new MoveException(NLS.bind(Messages.MoveSteps_noToken, plan.target().name()));
        }
        MoveJobRecord ticketed = job;
        if (job.ticketId() != null && !ticket.ticketId().equals(job.ticketId())
                && startedOnSource(plan.moveId(), monitor)) {
            // Tickets are found again per account: another account than the one that started the move got a new one.
            target.moves().revokeTicket(ticket.ticketId(), monitor);
            throw new MoveException(NLS.bind(Messages.MoveSteps_ticketOfAnotherAccount,
                    new Object[]{plan.moveId(), job.ticketId(), plan.target().name()}));
        }
        if (job.phase() == MovePhase.PLANNED || !ticket.ticketId().equals(job.ticketId())) {
            ticketed = save(new MoveJobRecord(plan, MovePhase.TICKET_OBTAINED, ticket.ticketId(), false, Instant.now(),
                    null, null, null), job);
        }
        if (!plan.placements().isEmpty()) {
            TicketPlacements placements = MoveRequests.placements(plan, new DomainPaths(target.domains(monitor)));
            if (!placements.placements().isEmpty()) {
                target.moves().placeAgents(ticket.ticketId(), placements, monitor);
            }
        }
        MoveProgress progress = source.moves().start(MoveRequests.move(plan, ticket), monitor);
        MoveJobRecord begun = save(new MoveJobRecord(plan, MovePhase.STARTED, ticket.ticketId(), false, Instant.now(),
                null, counts(progress.items()), progress.items()), ticketed);
        return followed(begun, progress, false, monitor);
    }

    /** @return whether the source knows the move, started with the ticket the journal holds */
    private boolean startedOnSource(UUID moveId, IProgressMonitor monitor) throws ServerException {
        try {
            source.moves().progress(moveId, monitor);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private MoveJobRecord followed(MoveJobRecord job, MoveProgress progress, boolean cancelled,
            IProgressMonitor monitor) throws MoveException {
        boolean finished = progress.finished();
        String lastError = null;
        if (finished && job.ticketId() != null
                && progress.items().stream().anyMatch(item -> !MoveItemProgress.ARRIVED.equals(item.state()))) {
            lastError = revoke(job.ticketId(), monitor);
        }
        return save(new MoveJobRecord(job.plan(), finished ? MovePhase.FINISHED : MovePhase.STARTED, job.ticketId(),
                cancelled || progress.cancelled(), Instant.now(), lastError, counts(progress.items()),
                progress.items()), job);
    }

    /**
     * Cancels a job that holds its ticket but was not recorded as started. It may have been started all the same: the
     * process that started it may have been killed before it recorded the start. So the source is asked to cancel it;
     * only if the source does not know the move did it never start.
     */
    private MoveJobRecord cancelledOnceTicketed(MoveJobRecord job, IProgressMonitor monitor)
            throws MoveException, ServerException {
        MoveProgress progress;
        try {
            progress = source.moves().cancel(job.moveId(), monitor);
        } catch (NotFoundException e) {
            return cancelledBeforeStart(job, monitor);
        }
        return followed(job, progress, true, monitor);
    }

    private MoveJobRecord cancelledBeforeStart(MoveJobRecord job, IProgressMonitor monitor) throws MoveException {
        String lastError = job.ticketId() == null ? null : revoke(job.ticketId(), monitor);
        Instant now = Instant.now();
        List<MoveItemProgress> items = new ArrayList<>();
        for (UUID agent : job.plan().namedAgents()) {
            items.add(new MoveItemProgress(agent, MoveItemProgress.CANCELLED, Messages.MoveSteps_cancelledBeforeStart,
                    now));
        }
        return save(new MoveJobRecord(job.plan(), MovePhase.FINISHED, job.ticketId(), true, now, lastError,
                counts(items), items), job);
    }

    /** Revokes the ticket so nobody else can use it; @return why that failed, or {@code null}. */
    private String revoke(UUID ticketId, IProgressMonitor monitor) {
        try {
            target.moves().revokeTicket(ticketId, monitor);
            return null;
        } catch (NotFoundException e) {
            return null;
        } catch (ServerException e) {
            return NLS.bind(Messages.MoveSteps_revokeFailed, ticketId, e.getMessage());
        }
    }

    private MoveJobRecord save(MoveJobRecord next, MoveJobRecord previous) throws MoveException {
        if (next.phase() == previous.phase() && Objects.equals(next.ticketId(), previous.ticketId())
                && next.cancelled() == previous.cancelled() && Objects.equals(next.lastError(), previous.lastError())
                && next.counts().equals(previous.counts()) && next.items().equals(previous.items())) {
            return previous;
        }
        journal.write(next);
        listener.accept(next);
        return next;
    }

    /**
     * @param items
     *            agents' states
     * @return how many are in each state
     */
    public static Map<String, Integer> counts(List<MoveItemProgress> items) {
        Map<String, Integer> counts = new TreeMap<>();
        for (MoveItemProgress item : items) {
            counts.merge(item.state(), Integer.valueOf(1), Integer::sum);
        }
        return counts;
    }

    /**
     * @param job
     *            a job
     * @return its state in one line for a person, e.g. for a progress monitor
     */
    public static String summary(MoveJobRecord job) {
        StringBuilder text = new StringBuilder(switch (job.phase()) {
            case PLANNED -> Messages.MoveSteps_phasePlanned;
            case TICKET_OBTAINED -> Messages.MoveSteps_phaseTicketObtained;
            case STARTED -> Messages.MoveSteps_phaseStarted;
            case FINISHED -> Messages.MoveSteps_phaseFinished;
        });
        for (String state : MoveItemProgress.STATES) {
            int count = job.count(state);
            if (count > 0) {
                text.append(NLS.bind(Messages.MoveSteps_summaryCount, Integer.valueOf(count), stateLabel(state)));
            }
        }
        return text.toString();
    }

    /**
     * @param state
     *            a move item's state in the protocol's words
     * @return its name for a person
     */
    public static String stateLabel(String state) {
        if (state == null) {
            return ""; //$NON-NLS-1$
        }
        return switch (state) {
            case MoveItemProgress.WAITING -> Messages.MoveSteps_stateWaiting;
            case MoveItemProgress.MOVING -> Messages.MoveSteps_stateMoving;
            case MoveItemProgress.ARRIVED -> Messages.MoveSteps_stateArrived;
            case MoveItemProgress.SKIPPED -> Messages.MoveSteps_stateSkipped;
            case MoveItemProgress.ROLLED_BACK -> Messages.MoveSteps_stateRolledBack;
            case MoveItemProgress.EXPIRED -> Messages.MoveSteps_stateExpired;
            case MoveItemProgress.CANCELLED -> Messages.MoveSteps_stateCancelled;
            default -> state; // a state of a newer server, in its own words
        };
    }
}
