package io.bulwark.ui.internal.progress;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.jobs.Job;

/**
 * The progress of one running job as the job reports it, readable from any thread: what it does, how far it got, and
 * whether it was asked to stop. Written by the job's thread, read by the console's progress displays.
 */
public final class JobMonitor implements IProgressMonitor {

    private final Job job;
    private final long order;
    private volatile String taskName = ""; //$NON-NLS-1$
    private volatile String subTask = ""; //$NON-NLS-1$
    private volatile int totalWork = UNKNOWN;
    private volatile double worked;
    private volatile boolean canceled;
    private final Runnable changed;

    JobMonitor(Job job, long order, Runnable changed) {
        this.job = job;
        this.order = order;
        this.changed = changed;
    }

    /** @return the job whose progress this is */
    public Job job() {
        return job;
    }

    /** @return when the job started, relative to the others: a job started later has a greater number */
    public long order() {
        return order;
    }

    /** @return what the job does: its task, else its name */
    public String title() {
        String task = taskName;
        return task.isBlank() ? job.getName() : task;
    }

    /** @return the step the job is at, or an empty string */
    public String step() {
        return subTask;
    }

    /** @return how far the job got, 0 to 100, or -1 when it cannot tell */
    public int percentDone() {
        int total = totalWork;
        if (total == UNKNOWN || total <= 0) {
            return -1;
        }
        return (int) Math.min(100, Math.round(worked * 100 / total));
    }

    @Override
    public void beginTask(String name, int total) {
        taskName = name == null ? "" : name; //$NON-NLS-1$
        totalWork = total;
        worked = 0;
        changed.run();
    }

    @Override
    public void done() {
        changed.run();
    }

    @Override
    public void internalWorked(double work) {
        worked += work;
        changed.run();
    }

    @Override
    public boolean isCanceled() {
        return canceled;
    }

    @Override
    public void setCanceled(boolean value) {
        canceled = value;
        changed.run();
    }

    @Override
    public void setTaskName(String name) {
        taskName = name == null ? "" : name; //$NON-NLS-1$
        changed.run();
    }

    @Override
    public void subTask(String name) {
        subTask = name == null ? "" : name; //$NON-NLS-1$
        changed.run();
    }

    @Override
    public void worked(int work) {
        internalWorked(work);
    }
}
