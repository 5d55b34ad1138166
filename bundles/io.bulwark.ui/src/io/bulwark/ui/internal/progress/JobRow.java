package io.bulwark.ui.internal.progress;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import io.bulwark.ui.WidgetIds;

/**
 * One running job as the Progress part shows it: what it does, the step it is at, how far it got, and a button that
 * asks it to stop.
 */
final class JobRow {

    private final JobMonitor monitor;
    private final Composite row;
    private final Label title;
    private final Label step;
    private final ProgressBar bar;
    private final Button cancel;

    JobRow(Composite parent, JobMonitor monitor) {
        this.monitor = monitor;
        row = new Composite(parent, SWT.NONE);
        row.setData(WidgetIds.KEY, WidgetIds.PROGRESS_ROW);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
        title = new Label(row, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(title);
        cancel = new Button(row, SWT.PUSH);
        cancel.setText(Messages.Progress_cancel);
        cancel.setData(WidgetIds.KEY, WidgetIds.PROGRESS_ROW_CANCEL);
        cancel.addListener(SWT.Selection, event -> cancelJob());
        GridDataFactory.fillDefaults().span(1, 3).align(SWT.END, SWT.CENTER).applyTo(cancel);
        bar = new ProgressBar(row, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(100);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
        step = new Label(row, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(step);
        update();
    }

    JobMonitor monitor() {
        return monitor;
    }

    void update() {
        title.setText(monitor.title());
        step.setText(monitor.isCanceled() ? Messages.Progress_stopping : monitor.step());
        int percent = monitor.percentDone();
        bar.setSelection(Math.max(0, percent));
        bar.setState(percent < 0 ? SWT.PAUSED : SWT.NORMAL);
        cancel.setEnabled(!monitor.isCanceled());
    }

    private void cancelJob() {
        monitor.job().cancel();
        update();
    }

    void dispose() {
        row.dispose();
    }
}
