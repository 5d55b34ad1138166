package io.bulwark.test.driver;

import org.eclipse.core.runtime.jobs.IJobManager;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Waits for the console's background jobs, so a test acts on results and not on a half-finished operation.
 */
public final class JobWatcher {

    private JobWatcher() {
    }

    /** Waits until no job is running or waiting. */
    public static void waitUntilIdle() {
        IJobManager jobs = Job.getJobManager();
        Wait.until("every background job has finished", jobs::isIdle);
    }

    /** Waits until no job of {@code family} is running or waiting. */
    public static void waitForFamily(Object family) {
        IJobManager jobs = Job.getJobManager();
        Wait.until("the jobs of " + family + " have finished", () -> jobs.find(family).length == 0);
    }
}
