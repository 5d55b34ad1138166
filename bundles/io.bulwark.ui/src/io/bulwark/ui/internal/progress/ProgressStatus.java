package io.bulwark.ui.internal.progress;

import java.util.List;

import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.ProgressBar;

import io.bulwark.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The status line's view of background work: the operation started last, how far it got, a button to stop it, and a
 * link to the Progress part that lists them all. Empty while nothing runs.
 */
public class ProgressStatus {

    /** The Progress part, shown by the link. */
    static final String PROGRESS_PART_ID = "io.bulwark.ui.part.progress"; //$NON-NLS-1$

    private static final int BAR_WIDTH = 140;
    private static final int TEXT_WIDTH = 420;

    @Inject
    private RunningJobs jobs;

    @Inject
    private EPartService parts;

    private Label text;
    private ProgressBar bar;
    private Button cancel;
    private Link all;
    private JobMonitor shown;
    private final Runnable refresh = this::refresh;

    @PostConstruct
    public void createControls(Composite parent) {
        Composite status = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(4, 0).applyTo(status);
        text = new Label(status, SWT.NONE);
        text.setData(WidgetIds.KEY, WidgetIds.PROGRESS_STATUS_TEXT);
        GridDataFactory.fillDefaults().hint(TEXT_WIDTH, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(text);
        bar = new ProgressBar(status, SWT.HORIZONTAL | SWT.SMOOTH);
        bar.setMaximum(100);
        GridDataFactory.fillDefaults().hint(BAR_WIDTH, SWT.DEFAULT).align(SWT.FILL, SWT.CENTER).applyTo(bar);
        cancel = new Button(status, SWT.PUSH);
        cancel.setText(Messages.Progress_cancel);
        cancel.setData(WidgetIds.KEY, WidgetIds.PROGRESS_STATUS_CANCEL);
        cancel.addListener(SWT.Selection, event -> cancelShown());
        all = new Link(status, SWT.NONE);
        all.setData(WidgetIds.KEY, WidgetIds.PROGRESS_STATUS_ALL);
        all.addListener(SWT.Selection, event -> parts.showPart(PROGRESS_PART_ID, PartState.ACTIVATE));
        jobs.addListener(refresh);
        refresh();
    }

    private void refresh() {
        if (text == null || text.isDisposed()) {
            return;
        }
        List<JobMonitor> running = jobs.jobs();
        shown = running.isEmpty() ? null : running.get(0);
        if (shown == null) {
            text.setText(""); //$NON-NLS-1$
            bar.setSelection(0);
        } else {
            String step = shown.isCanceled() ? Messages.Progress_stopping : shown.step();
            text.setText(
                    step.isBlank() ? shown.title() : NLS.bind(Messages.Progress_titleAndStep, shown.title(), step));
            text.setToolTipText(text.getText());
            int percent = shown.percentDone();
            bar.setSelection(Math.max(0, percent));
            bar.setState(percent < 0 ? SWT.PAUSED : SWT.NORMAL);
        }
        bar.setVisible(shown != null);
        cancel.setVisible(shown != null);
        cancel.setEnabled(shown != null && !shown.isCanceled());
        all.setText(running.isEmpty()
                ? "" //$NON-NLS-1$
                : NLS.bind(Messages.Progress_all, Integer.valueOf(running.size())));
        text.getParent().layout(true);
    }

    private void cancelShown() {
        if (shown != null) {
            shown.job().cancel();
            refresh();
        }
    }

    @PreDestroy
    public void dispose() {
        jobs.removeListener(refresh);
    }
}
