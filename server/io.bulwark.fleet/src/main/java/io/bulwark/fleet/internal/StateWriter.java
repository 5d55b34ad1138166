package io.bulwark.fleet.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Supplier;

/**
 * Writes the state folder from one thread of its own: relocation journal lines, batched so that many agents relocating
 * at once share one sync to disk, and the roster of agents with their homes. After a roster save it rewrites the
 * journal once it has grown, keeping only what the roster does not hold yet: pending relocations and homes newer than
 * the saved roster.
 * <p>
 * The futures it hands out complete on another thread, so the steps waiting for them never run on the writer.
 */
final class StateWriter implements AutoCloseable {

    private static final int REWRITE_AFTER_LINES = 2_000;

    private sealed interface Task permits Line, Save, Stop {
    }

    private record Line(RelocationRecord line, CompletableFuture<Void> written) implements Task {
    }

    private record Save(CompletableFuture<Void> saved) implements Task {
    }

    private record Stop() implements Task {
    }

    private final FleetState state;
    private final RelocationJournal journal;
    private final Supplier<AgentRoster> roster;
    private final Executor completions;
    private final PrintStream err;
    private final LinkedBlockingQueue<Task> tasks = new LinkedBlockingQueue<>();
    private final Map<UUID, PendingRelocation> pending;
    private final Map<UUID, HomeServer> homes;
    private final Thread thread;
    private int linesSinceRewrite;

    /**
     * @param state
     *            the state folder
     * @param journal
     *            its relocation journal
     * @param contents
     *            what the journal held when read
     * @param roster
     *            the fleet's agents with their current homes
     * @param completions
     *            runs what waits for a write
     * @param err
     *            receives write failures
     */
    StateWriter(FleetState state, RelocationJournal journal, RelocationJournal.Contents contents,
            Supplier<AgentRoster> roster, Executor completions, PrintStream err) {
        this.state = state;
        this.journal = journal;
        this.roster = roster;
        this.completions = completions;
        this.err = err;
        this.pending = new HashMap<>(contents.pending());
        this.homes = new HashMap<>(contents.homes());
        this.linesSinceRewrite = contents.lines() + REWRITE_AFTER_LINES; // a first save always tidies the journal
        this.thread = new Thread(this::run, "fleet-state"); //$NON-NLS-1$
        thread.setDaemon(true);
    }

    /** Starts writing. */
    void start() {
        thread.start();
    }

    /**
     * @param line
     *            an agent's relocation state after a change
     * @return completes once the line is on disk, or exceptionally if it cannot be written
     */
    CompletableFuture<Void> record(RelocationRecord line) {
        CompletableFuture<Void> written = new CompletableFuture<>();
        tasks.add(new Line(line, written));
        return written;
    }

    /** @return completes once the roster is saved, or exceptionally if it cannot be */
    CompletableFuture<Void> saveRoster() {
        CompletableFuture<Void> saved = new CompletableFuture<>();
        tasks.add(new Save(saved));
        return saved;
    }

    private void run() {
        List<Task> batch = new ArrayList<>();
        while (true) {
            try {
                batch.add(tasks.take());
            } catch (InterruptedException e) {
                return;
            }
            tasks.drainTo(batch);
            boolean stop = process(batch);
            batch.clear();
            if (stop) {
                return;
            }
        }
    }

    private boolean process(List<Task> batch) {
        List<RelocationRecord> lines = new ArrayList<>();
        List<CompletableFuture<Void>> written = new ArrayList<>();
        List<CompletableFuture<Void>> saves = new ArrayList<>();
        boolean stop = false;
        for (Task task : batch) {
            switch (task) {
                case Line line -> {
                    lines.add(line.line());
                    written.add(line.written());
                }
                case Save save -> saves.add(save.saved());
                case Stop s -> stop = true;
            }
        }
        complete(written, () -> appendLines(lines));
        if (!saves.isEmpty() || stop) {
            complete(saves, this::saveAndTidy);
        }
        return stop;
    }

    private void appendLines(List<RelocationRecord> lines) throws IOException {
        journal.append(lines);
        linesSinceRewrite += lines.size();
        for (RelocationRecord line : lines) {
            if (line.home() != null) {
                homes.put(line.agentId(), line.home());
            }
            if (line.relocation() != null) {
                pending.put(line.agentId(), line.relocation());
            } else {
                pending.remove(line.agentId());
            }
        }
    }

    private void saveAndTidy() throws IOException {
        AgentRoster saved = roster.get();
        state.saveRoster(saved);
        if (linesSinceRewrite < REWRITE_AFTER_LINES) {
            return;
        }
        Map<UUID, HomeServer> inRoster = new HashMap<>();
        for (AgentIdentity agent : saved.agents()) {
            if (agent.home() != null) {
                inRoster.put(agent.guid(), agent.home());
            }
        }
        homes.entrySet().removeIf(home -> Objects.equals(inRoster.get(home.getKey()), home.getValue()));
        Set<UUID> agents = new HashSet<>(pending.keySet());
        agents.addAll(homes.keySet());
        List<RelocationRecord> kept = new ArrayList<>(agents.size());
        for (UUID agent : agents) {
            kept.add(new RelocationRecord(agent, pending.get(agent), homes.get(agent)));
        }
        journal.rewrite(kept);
        linesSinceRewrite = kept.size();
    }

    private interface Write {
        void run() throws IOException;
    }

    private void complete(List<CompletableFuture<Void>> futures, Write write) {
        IOException failure = null;
        try {
            write.run();
        } catch (IOException | RuntimeException e) {
            failure = e instanceof IOException io ? io : new IOException(e);
            err.println("bulwark-fleet: cannot write the state folder " + state.folder() + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (CompletableFuture<Void> future : futures) {
            IOException cause = failure;
            Runnable completion = () -> {
                if (cause == null) {
                    future.complete(null);
                } else {
                    future.completeExceptionally(cause);
                }
            };
            try {
                completions.execute(completion);
            } catch (RejectedExecutionException e) {
                completion.run(); // the fleet is stopping: nobody acts on it any more
            }
        }
    }

    /**
     * Writes what is queued, saves the roster once more and stops the writer.
     */
    @Override
    public void close() {
        tasks.add(new Stop());
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            journal.close();
        } catch (IOException e) {
            err.println("bulwark-fleet: cannot close " + journal.file() + ": " + e.getMessage()); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
