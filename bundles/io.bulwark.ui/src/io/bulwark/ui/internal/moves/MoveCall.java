package io.bulwark.ui.internal.moves;

import java.util.function.Consumer;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerException;
import io.bulwark.core.move.MoveException;

/**
 * One step of preparing or starting a move (reading a list, checking the notification queue, planning, giving a ticket
 * back, starting) as a cancellable job with progress. Its outcome reaches the UI thread: the result, or what failed and
 * what to do, or that it was stopped. Progress also shows where the person is looking, when a {@link PageProgress} is
 * given, since the wizard that waits for it is modal.
 *
 * @param <T>
 *            what the work returns
 */
final class MoveCall<T> extends Job {

    /** The family of these jobs, so tests and the console can wait for them. */
    static final Object FAMILY = MoveCall.class;

    /**
     * The calls of the job.
     *
     * @param <T>
     *            what they return
     */
    @FunctionalInterface
    interface Work<T> {
        /**
         * @param monitor
         *            progress and cancellation
         * @return the result
         * @throws ServerException
         *             if a server fails or refuses a call
         * @throws MoveException
         *             if the move cannot be planned, saved or recorded
         */
        T run(SubMonitor monitor) throws ServerException, MoveException;
    }

    private final Work<T> work;
    private final UISynchronize sync;
    private final Consumer<T> done;
    private final Consumer<String> failed;
    private PageProgress shown;
    private volatile boolean ran;

    /**
     * @param name
     *            what the job does, in words
     * @param work
     *            the calls
     * @param sync
     *            the UI thread
     * @param done
     *            receives the result on the UI thread
     * @param failed
     *            receives what failed and what to do on the UI thread, or {@code null} when the job was stopped (also
     *            before it ran)
     */
    MoveCall(String name, Work<T> work, UISynchronize sync, Consumer<T> done, Consumer<String> failed) {
        super(name);
        this.work = work;
        this.sync = sync;
        this.done = done;
        this.failed = failed;
        setUser(true);
        addJobChangeListener(new JobChangeAdapter() {
            @Override
            public void done(IJobChangeEvent event) {
                if (!ran) { // stopped while it waited to run: nothing else would tell the page
                    sync.asyncExec(() -> failed.accept(null));
                }
            }
        });
    }

    /**
     * @param progress
     *            where the job's progress shows besides the Progress part, and where it can be stopped
     * @return this job
     */
    MoveCall<T> showingProgressIn(PageProgress progress) {
        shown = progress;
        return this;
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == FAMILY;
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        ran = true;
        IProgressMonitor reported = shown == null ? monitor : shown.forward(monitor);
        SubMonitor progress = SubMonitor.convert(reported, getName(), 1);
        try {
            T result = work.run(progress.split(1));
            sync.asyncExec(() -> done.accept(result));
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            sync.asyncExec(() -> failed.accept(null));
            return Status.CANCEL_STATUS;
        } catch (ServerException | MoveException | RuntimeException e) {
            if (monitor.isCanceled()) {
                sync.asyncExec(() -> failed.accept(null));
                return Status.CANCEL_STATUS;
            }
            String message = NLS.bind(Messages.MoveCall_failed, getName(), e.getMessage());
            ILog.of(MoveCall.class).warn(message, e);
            sync.asyncExec(() -> failed.accept(message));
            return Status.warning(message, e);
        } finally {
            reported.done();
        }
    }
}
