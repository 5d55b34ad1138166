package io.bulwark.ui.internal.moves;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import io.bulwark.ui.WidgetIds;

/**
 * The progress of a background job shown on a wizard page, with a button to stop it: the wizard is modal, so the status
 * line and the Progress part, where the job shows too, are out of reach while it waits. The job reports through
 * {@link #forward(IProgressMonitor)}; the page shows what it does at most once per UI cycle. When no job runs, the
 * button offers whatever the page gives it (e.g. "Plan Again").
 */
final class PageProgress {

    private static final int SCALE = 1000;

    private final UISynchronize sync;
    private final Label task;
    private final ProgressBar bar;
    private final Button button;
    private final AtomicBoolean refreshPending = new AtomicBoolean();
    private volatile String taskName = ""; //$NON-NLS-1$
    private volatile String subTaskName = ""; //$NON-NLS-1$
    private volatile double total;
    private volatile double worked;
    private Job running;
    private Runnable idleAction;

    /**
     * @param parent
     *            where the line goes (one column of a grid)
     * @param sync
     *            the UI thread
     * @param progressId
     *            the widget id of the line of text
     * @param buttonId
     *            the widget id of the button
     */
    PageProgress(Composite parent, UISynchronize sync, String progressId, String buttonId) {
        this.sync = sync;
        Composite line = new Composite(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(line);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(line);
        task = new Label(line, SWT.NONE);
        task.setData(WidgetIds.KEY, progressId);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).applyTo(task);
        bar = new ProgressBar(line, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(SCALE);
        GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(bar);
        button = new Button(line, SWT.PUSH);
        button.setData(WidgetIds.KEY, buttonId);
        button.addListener(SWT.Selection, event -> pressed());
        idle("", null, null); //$NON-NLS-1$
    }

    /**
     * Schedules a job and shows its progress here until it ends; the button stops it.
     *
     * @param job
     *            a job that reports through {@link #forward(IProgressMonitor)}
     */
    void start(Job job) {
        running = job;
        taskName = job.getName();
        subTaskName = ""; //$NON-NLS-1$
        total = 0;
        worked = 0;
        button.setText(Messages.PageProgress_stop);
        button.setEnabled(true);
        button.setVisible(true);
        bar.setVisible(true);
        task.getParent().layout(true);
        refresh();
        job.schedule();
    }

    /**
     * Shows that no job runs.
     *
     * @param text
     *            what to say instead of progress, e.g. that planning was stopped
     * @param actionLabel
     *            the button's label, or {@code null} to disable it
     * @param action
     *            what the button does, or {@code null}
     */
    void idle(String text, String actionLabel, Runnable action) {
        running = null;
        idleAction = action;
        if (task.isDisposed()) {
            return;
        }
        task.setText(text);
        bar.setSelection(0);
        bar.setVisible(false);
        button.setText(actionLabel != null ? actionLabel : Messages.PageProgress_stop);
        button.setEnabled(action != null);
        button.setVisible(action != null);
        task.getParent().layout(true);
    }

    /** @return whether a job runs */
    boolean isRunning() {
        return running != null;
    }

    /** Stops the running job, if any, without waiting for it. */
    void stop() {
        Job job = running;
        if (job != null) {
            job.cancel();
            if (!button.isDisposed()) {
                button.setEnabled(false);
            }
        }
    }

    private void pressed() {
        if (running != null) {
            stop();
        } else if (idleAction != null) {
            idleAction.run();
        }
    }

    /**
     * @param monitor
     *            the job's own monitor
     * @return a monitor that reports to both the job's monitor and this page
     */
    IProgressMonitor forward(IProgressMonitor monitor) {
        return new ProgressMonitorWrapper(monitor) {
            @Override
            public void beginTask(String name, int totalWork) {
                super.beginTask(name, totalWork);
                if (total == 0) {
                    total = totalWork;
                    if (name != null && !name.isEmpty()) {
                        taskName = name;
                    }
                }
                changed();
            }

            @Override
            public void internalWorked(double work) {
                super.internalWorked(work);
                worked += work;
                changed();
            }

            @Override
            public void worked(int work) {
                internalWorked(work);
            }

            @Override
            public void setTaskName(String name) {
                super.setTaskName(name);
                if (name != null && !name.isEmpty()) {
                    taskName = name;
                    changed();
                }
            }

            @Override
            public void subTask(String name) {
                super.subTask(name);
                subTaskName = name == null ? "" : name; //$NON-NLS-1$
                changed();
            }
        };
    }

    private void changed() {
        if (refreshPending.compareAndSet(false, true)) {
            sync.asyncExec(this::refresh);
        }
    }

    private void refresh() {
        refreshPending.set(false);
        if (task.isDisposed() || running == null) {
            return;
        }
        task.setText(subTaskName.isEmpty() ? taskName : taskName + " \u2014 " + subTaskName); //$NON-NLS-1$
        bar.setSelection(total <= 0 ? 0 : (int) Math.min(SCALE, worked * SCALE / total));
    }
}
