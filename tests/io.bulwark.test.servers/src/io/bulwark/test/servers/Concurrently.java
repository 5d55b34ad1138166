package io.bulwark.test.servers;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Starts several independent things (servers with their fleets, say) at once, since each start mostly waits on a
 * process of its own. Either every start succeeds, or whatever did start is closed again and the first failure is
 * thrown.
 */
public final class Concurrently {

    private Concurrently() {
    }

    /**
     * @param starts
     *            the starts, each answering what it started
     * @return what each start answered, in the order given
     * @throws Exception
     *             the first start's failure, in the order given, after closing what the others started
     */
    public static <T extends AutoCloseable> List<T> start(List<Callable<T>> starts) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(starts.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> start : starts) {
                futures.add(threads.submit(start));
            }
            List<T> started = new ArrayList<>();
            Exception failure = null;
            for (Future<T> future : futures) {
                try {
                    started.add(future.get());
                } catch (ExecutionException e) {
                    if (failure == null) {
                        failure = e.getCause() instanceof Exception cause ? cause : e;
                    }
                }
            }
            if (failure != null) {
                for (T each : started) {
                    try {
                        each.close();
                    } catch (Exception e) {
                        failure.addSuppressed(e);
                    }
                }
                throw failure;
            }
            return started;
        } finally {
            threads.shutdownNow();
        }
    }
}
