package io.bulwark.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.bulwark.test.driver.Wait;
import io.bulwark.ui.tests.pages.ConsoleWindow;
import io.bulwark.ui.tests.pages.ProgressDisplays;

/**
 * Background work a person can see and stop: a running job shows in the status line and in the Progress part with its
 * step, and each Cancel button stops exactly its job.
 */
class ProgressTest {

    private final List<Job> jobs = new ArrayList<>();
    private ProgressDisplays progress;

    @BeforeEach
    void openWindow() {
        progress = ConsoleWindow.waitForIt().progress();
    }

    @AfterEach
    void stopJobs() throws InterruptedException {
        for (Job job : jobs) {
            job.cancel();
            job.join();
        }
    }

    @Test
    void theStatusLineShowsTheLatestOperationAndStopsIt() throws Exception {
        Job job = start("Copying the audit log");
        Wait.until("the status line names the operation and its step",
                () -> progress.statusText().startsWith("Copying the audit log \u2014 Page "));

        progress.cancelFromStatusLine();

        assertTrue(job.join(20_000, null), "the job stopped");
        assertEquals(IStatus.CANCEL, job.getResult().getSeverity(), "the job was cancelled, not finished");
        Wait.until("the status line is empty again", () -> progress.statusText().isEmpty());
    }

    @Test
    void theProgressPartListsEveryOperationAndStopsTheOneChosen() throws Exception {
        Job first = start("Reading the first server");
        // Jobs start on worker threads in no set order: the second starts once the first is running.
        Wait.until("the first operation is listed", () -> progress.rows().size() == 1);
        Job second = start("Reading the second server");
        Wait.until("both operations are listed, the latest first", () -> {
            List<String> rows = progress.rows();
            return rows.size() == 2 && rows.get(0).startsWith("Reading the second server | ")
                    && rows.get(1).startsWith("Reading the first server | ");
        });

        progress.cancelRow("Reading the first server");

        assertTrue(first.join(20_000, null), "the chosen job stopped");
        assertEquals(IStatus.CANCEL, first.getResult().getSeverity());
        assertEquals(Job.RUNNING, second.getState(), "the other job runs on");
        Wait.until("only the other operation is listed",
                () -> progress.rows().size() == 1 && progress.rows().get(0).startsWith("Reading the second server"));
    }

    /** A user job that works through pages until it is cancelled, reporting each page as its step. */
    private Job start(String task) {
        Job job = Job.create(task, (IProgressMonitor monitor) -> {
            monitor.beginTask(task, 1000);
            for (int page = 1; page <= 1000; page++) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                monitor.subTask("Page " + page);
                monitor.worked(1);
                try {
                    TimeUnit.MILLISECONDS.sleep(50);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Status.CANCEL_STATUS;
                }
            }
            return Status.OK_STATUS;
        });
        job.setUser(true);
        jobs.add(job);
        job.schedule();
        return job;
    }
}
