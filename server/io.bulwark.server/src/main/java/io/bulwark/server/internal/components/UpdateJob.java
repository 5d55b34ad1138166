package io.bulwark.server.internal.components;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import io.bulwark.protocol.components.ComponentUpdateJob;
import io.bulwark.protocol.components.ComponentUpdateProgress;

/**
 * One "update server now" run as it progresses, read by consoles while the updater's thread changes it. Every change of
 * a component's state (not every downloaded chunk) is passed to a listener, which publishes it on the event stream.
 */
final class UpdateJob {

    private final String id = UUID.randomUUID().toString();
    private final String requestedBy;
    private final String address;
    private final String source;
    private final Instant startedAt;
    private final Clock clock;
    private final Consumer<ComponentUpdateJob> listener;
    private final Map<String, ComponentUpdateProgress> components = new LinkedHashMap<>();
    private String state = ComponentUpdateJob.RUNNING;
    private Instant finishedAt;
    private String error;

    UpdateJob(String requestedBy, String address, String source, Clock clock, Consumer<ComponentUpdateJob> listener) {
        this.requestedBy = requestedBy;
        this.address = address;
        this.source = source;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.listener = listener;
    }

    String id() {
        return id;
    }

    String requestedBy() {
        return requestedBy;
    }

    String address() {
        return address;
    }

    /** @return the run as the API shows it, a consistent snapshot */
    synchronized ComponentUpdateJob snapshot() {
        return new ComponentUpdateJob(id, state, requestedBy, source, startedAt, finishedAt, error,
                new ArrayList<>(components.values()));
    }

    synchronized boolean running() {
        return ComponentUpdateJob.RUNNING.equals(state);
    }

    /** Announces the run's current state to the listener, e.g. when it starts. */
    void announce() {
        listener.accept(snapshot());
    }

    /**
     * @param progress
     *            a component's new progress; a change of its state is announced
     */
    void set(ComponentUpdateProgress progress) {
        ComponentUpdateJob changed = null;
        synchronized (this) {
            ComponentUpdateProgress before = components.put(progress.name(), progress);
            if (before == null || !before.state().equals(progress.state())) {
                changed = snapshot();
            }
        }
        if (changed != null) {
            listener.accept(changed);
        }
    }

    /**
     * @param name
     *            a component
     * @param bytes
     *            how many more bytes arrived for it
     */
    synchronized void downloaded(String name, long bytes) {
        ComponentUpdateProgress p = components.get(name);
        if (p != null) {
            components.put(name, new ComponentUpdateProgress(p.name(), p.state(), p.fromVersion(), p.toVersion(),
                    p.method(), p.filesFetched(), p.bytesDownloaded() + bytes, p.bytesExpected(), p.error()));
        }
    }

    /**
     * @param name
     *            a component
     * @return its progress, or {@code null}
     */
    synchronized ComponentUpdateProgress progress(String name) {
        return components.get(name);
    }

    /**
     * Ends the run: failed if {@code failure} is given or any component failed, else succeeded.
     *
     * @param failure
     *            why the whole run failed, or {@code null}
     */
    void finish(String failure) {
        ComponentUpdateJob finished;
        synchronized (this) {
            error = failure;
            boolean anyFailed = components.values().stream()
                    .anyMatch(p -> ComponentUpdateProgress.FAILED.equals(p.state()));
            state = failure != null || anyFailed ? ComponentUpdateJob.FAILED : ComponentUpdateJob.SUCCEEDED;
            finishedAt = clock.instant();
            finished = snapshot();
        }
        listener.accept(finished);
    }
}
