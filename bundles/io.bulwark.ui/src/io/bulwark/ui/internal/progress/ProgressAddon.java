package io.bulwark.ui.internal.progress;

import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.widgets.Display;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Makes every job's progress visible to the console while the workbench runs: installs {@link RunningJobs} as the job
 * manager's progress provider and offers it to parts and tool controls through the application context.
 */
public class ProgressAddon {

    private RunningJobs jobs;

    @PostConstruct
    public void start(IEclipseContext context) {
        jobs = new RunningJobs(Display.getCurrent());
        jobs.start();
        context.set(RunningJobs.class, jobs);
    }

    @PreDestroy
    public void stop(IEclipseContext context) {
        context.remove(RunningJobs.class);
        jobs.stop();
    }
}
