package io.bulwark.core.move;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.client.ServerFailureException;
import io.bulwark.client.ServerUnreachableException;
import io.bulwark.core.internal.move.Messages;
import io.bulwark.core.internal.move.MoveSteps;

/**
 * Carries out planned moves from the {@link MoveJournal}: obtains the target's ticket, starts the move on the source
 * (both idempotent, so a repeat after a crash does nothing more), then follows the move with short polls, recording
 * each change in the journal, until every agent reached a final state. A run holds the job's lock; a job run again
 * after a kill resumes where its journal stopped. Cancelling the monitor only stops following (the servers go on);
 * {@link MoveJournal#requestCancel(UUID)} cancels the move itself: agents not yet relocated stay on the source.
 */
public final class MoveRunner {

    /** How long a run waits between two polls of the move's progress unless told otherwise. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);

    private static final long PAUSE_SLICE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private final MoveJournal journal;
    private final ServerClient source;
    private final ServerClient target;
    private final Duration pollInterval;

    /**
     * @param journal
     *            the journal holding the jobs
     * @param source
     *            the jobs' source server
     * @param target
     *            the jobs' target server
     */
    public MoveRunner(MoveJournal journal, ServerClient source, ServerClient target) {
        this(journal, source, target, DEFAULT_POLL_INTERVAL);
    }

    /**
     * @param journal
     *            the journal holding the jobs
     * @param source
     *            the jobs' source server
     * @param target
     *            the jobs' target server
     * @param pollInterval
     *            how long to wait between two polls
     */
    public MoveRunner(MoveJournal journal, ServerClient source, ServerClient target, Duration pollInterval) {
        this.journal = Objects.requireNonNull(journal, "journal"); //$NON-NLS-1$
        this.source = Objects.requireNonNull(source, "source"); //$NON-NLS-1$
        this.target = Objects.requireNonNull(target, "target"); //$NON-NLS-1$
        this.pollInterval = Objects.requireNonNull(pollInterval, "pollInterval"); //$NON-NLS-1$
    }

    /**
     * Carries a job on until it finished. Passing failures to reach a server while following are recorded and polled
     * through; other failures end the run (the journal keeps where it stood).
     *
     * @param moveId
     *            a job of the journal
     * @param listener
     *            receives every record written, on this thread, or {@code null}
     * @param monitor
     *            stops following when cancelled, or {@code null}
     * @return the job's final record
     * @throws JobLockedException
     *             if the job is locked by another run
     * @throws MoveException
     *             if its journal entry cannot be read or written, or the servers are not the plan's
     * @throws ServerException
     *             if a server refuses a step, e.g. {@link io.bulwark.client.NotificationsPendingException}
     * @throws OperationCanceledException
     *             if the monitor was cancelled; the job stays as far as it came
     */
    public MoveJobRecord run(UUID moveId, Consumer<MoveJobRecord> listener, IProgressMonitor monitor)
            throws MoveException, ServerException {
        IProgressMonitor checked = monitor != null ? monitor : new NullProgressMonitor();
        Consumer<MoveJobRecord> written = listener != null ? listener : job -> {
            // nobody listens
        };
        try (JobLock lock = journal.lock(moveId)) {
            MoveJobRecord job = journal.read(moveId);
            checked.beginTask(NLS.bind(Messages.MoveRunner_task, job.plan().source().name(),
                    job.plan().target().name()), IProgressMonitor.UNKNOWN);
            MoveSteps steps = new MoveSteps(journal, source, target, written);
            steps.checkServers(job, checked);
            while (!job.finished()) {
                try {
                    job = steps.advance(job, checked);
                } catch (ServerUnreachableException | ServerFailureException e) {
                    if (job.phase() != MovePhase.STARTED) {
                        throw e;
                    }
                    job = steps.recordFailure(job, e);
                }
                checked.subTask(MoveSteps.summary(job));
                if (!job.finished()) {
                    pause(checked);
                }
            }
            return job;
        } finally {
            checked.done();
        }
    }

    /**
     * Takes one step of a job under its lock and returns: for the console's short polling jobs, which hold nothing
     * while they wait.
     *
     * @param moveId
     *            a job of the journal
     * @param monitor
     *            cancels the step, or {@code null}
     * @return the job's record after the step
     * @throws JobLockedException
     *             if the job is locked by another run (another process carries it on: leave it to that one)
     * @throws MoveException
     *             if its entry cannot be read or written, or the servers are not the plan's
     * @throws ServerException
     *             if a server fails or refuses the step
     */
    public MoveJobRecord step(UUID moveId, IProgressMonitor monitor) throws MoveException, ServerException {
        try (JobLock lock = journal.lock(moveId)) {
            MoveJobRecord job = journal.read(moveId);
            if (job.finished()) {
                return job;
            }
            MoveSteps steps = new MoveSteps(journal, source, target, written -> {
                // the caller reads the result
            });
            steps.checkServers(job, monitor);
            return steps.advance(job, monitor);
        }
    }

    private void pause(IProgressMonitor monitor) {
        long until = System.nanoTime() + pollInterval.toNanos();
        while (System.nanoTime() < until) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            LockSupport.parkNanos(Math.min(PAUSE_SLICE_NANOS, Math.max(0, until - System.nanoTime())));
        }
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
