package io.bulwark.client.tests.live;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

/** The model thread of a test: one plain thread, as on the command line; tests read the model through it. */
final class ModelThread implements AutoCloseable {

    private final ExecutorService thread = Executors.newSingleThreadExecutor(runnable -> {
        Thread model = new Thread(runnable, "test model thread");
        model.setDaemon(true);
        return model;
    });

    final ResourceSet resources = new ResourceSetImpl();

    ExecutorService executor() {
        return thread;
    }

    /** Runs on the model thread and returns the answer; fails the test if the task does. */
    <T> T read(Callable<T> question) {
        try {
            return thread.submit(question).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("reading the model failed", e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        thread.shutdownNow();
        thread.awaitTermination(10, TimeUnit.SECONDS);
    }
}
