package io.bulwark.ui.internal.progress;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.e4.ui.di.Focus;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.bulwark.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Every operation running in the background (connecting, loading, saving, updating), each with its progress and a
 * button to stop it, the latest first.
 */
public class ProgressPart {

    @Inject
    private RunningJobs jobs;

    private ScrolledComposite scroller;
    private Composite list;
    private Label idle;
    private final List<JobRow> rows = new ArrayList<>();
    private final Runnable refresh = this::refresh;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().applyTo(parent);
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroller);
        list = new Composite(scroller, SWT.NONE);
        list.setData(WidgetIds.KEY, WidgetIds.PROGRESS_LIST);
        GridLayoutFactory.fillDefaults().margins(4, 4).spacing(0, 8).applyTo(list);
        scroller.setContent(list);
        idle = new Label(list, SWT.WRAP);
        idle.setText(Messages.Progress_idle);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(idle);
        jobs.addListener(refresh);
        refresh();
    }

    private void refresh() {
        if (list == null || list.isDisposed()) {
            return;
        }
        List<JobMonitor> running = jobs.jobs();
        boolean sameJobs = running.size() == rows.size();
        for (int i = 0; sameJobs && i < running.size(); i++) {
            sameJobs = running.get(i) == rows.get(i).monitor();
        }
        if (sameJobs) {
            rows.forEach(JobRow::update);
            return;
        }
        rows.forEach(JobRow::dispose);
        rows.clear();
        for (JobMonitor monitor : running) {
            rows.add(new JobRow(list, monitor));
        }
        idle.setVisible(running.isEmpty());
        GridDataFactory.fillDefaults().grab(true, false).exclude(!running.isEmpty()).applyTo(idle);
        list.layout(true, true);
        scroller.setMinSize(list.computeSize(SWT.DEFAULT, SWT.DEFAULT));
    }

    @Focus
    public void setFocus() {
        scroller.setFocus();
    }

    @PreDestroy
    public void dispose() {
        jobs.removeListener(refresh);
    }
}
