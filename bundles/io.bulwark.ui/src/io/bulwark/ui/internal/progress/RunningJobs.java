package io.bulwark.ui.internal.progress;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.core.runtime.jobs.ProgressProvider;
import org.eclipse.swt.widgets.Display;

/**
 * Every job the administrator may want to watch or stop, with its progress. It is the job manager's progress provider,
 * so each job reports to a {@link JobMonitor} of its own; system jobs are left out. Listeners hear of changes on the UI
 * thread, at most a few times a second however busy the jobs are.
 */
public final class RunningJobs extends ProgressProvider {

    /** How long changes are gathered before listeners hear of them. */
    private static final int NOTIFY_DELAY_MILLIS = 150;

    private final Display display;
    private final Map<Job, JobMonitor> running = new ConcurrentHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean notifyPending = new AtomicBoolean();
    private final AtomicLong started = new AtomicLong();
    private final JobChangeAdapter ends = new JobChangeAdapter() {
        @Override
        public void done(IJobChangeEvent event) {
            if (running.remove(event.getJob()) != null) {
                changed();
            }
        }
    };

    RunningJobs(Display display) {
        this.display = display;
    }

    void start() {
        Job.getJobManager().addJobChangeListener(ends);
        Job.getJobManager().setProgressProvider(this);
    }

    void stop() {
        Job.getJobManager().setProgressProvider(null);
        Job.getJobManager().removeJobChangeListener(ends);
        running.clear();
        listeners.clear();
    }

    @Override
    public IProgressMonitor createMonitor(Job job) {
        if (job.isSystem()) {
            return new NullProgressMonitor();
        }
        JobMonitor monitor = new JobMonitor(job, started.incrementAndGet(), this::changed);
        running.put(job, monitor);
        changed();
        return monitor;
    }

    /** @return the jobs running now, the one started last first */
    public List<JobMonitor> jobs() {
        List<JobMonitor> jobs = new ArrayList<>(running.values());
        jobs.sort((a, b) -> Long.compare(b.order(), a.order()));
        return jobs;
    }

    /**
     * @param listener
     *            runs on the UI thread after the jobs or their progress changed
     */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    /**
     * @param listener
     *            a listener added before
     */
    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void changed() {
        if (display.isDisposed() || !notifyPending.compareAndSet(false, true)) {
            return;
        }
        display.asyncExec(() -> display.timerExec(NOTIFY_DELAY_MILLIS, () -> {
            notifyPending.set(false);
            listeners.forEach(Runnable::run);
        }));
    }
}
