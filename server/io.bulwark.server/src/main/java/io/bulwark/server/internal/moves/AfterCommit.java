package io.bulwark.server.internal.moves;

import java.util.ArrayList;
import java.util.List;

/**
 * What to do once a transaction committed: update state in memory and publish events. A transaction that runs again
 * after a conflict clears it first, so nothing is done twice.
 */
final class AfterCommit {

    private final List<Runnable> tasks = new ArrayList<>();

    void add(Runnable task) {
        tasks.add(task);
    }

    void clear() {
        tasks.clear();
    }

    void run() {
        tasks.forEach(Runnable::run);
        tasks.clear();
    }
}
