package io.bulwark.ui.internal.components;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.AgentComponentScan;
import io.bulwark.client.ComponentUpdates;
import io.bulwark.client.ServerConnection;
import io.bulwark.core.ModelExecutor;
import io.bulwark.core.ServerConnections;
import io.bulwark.model.ManagementServer;
import io.bulwark.protocol.components.CancelNotificationsRequest;
import io.bulwark.protocol.components.Component;
import io.bulwark.protocol.components.ComponentUpdateJob;
import io.bulwark.protocol.components.ComponentUpdateProgress;
import io.bulwark.protocol.components.Notification;
import io.bulwark.protocol.components.NotificationPage;
import io.bulwark.protocol.components.NotifyAgentsRequest;
import io.bulwark.protocol.components.NotifyAgentsResult;

/** The component calls of the Components part, each a {@link ServerJob}. */
final class ComponentCommands {

    /** The longest queue the part lists. */
    static final int QUEUE_LIMIT = 1000;

    /** How often a running "update server now" is asked for its progress, in milliseconds. */
    private static final long POLL_MILLIS = 250;

    /**
     * What the part shows of a server.
     *
     * @param components
     *            the components it holds
     * @param lastUpdate
     *            its latest "update server now", or {@code null}
     * @param notifications
     *            the head of its notification queue
     */
    record State(List<Component> components, ComponentUpdateJob lastUpdate, List<Notification> notifications) {
    }

    private final ServerConnections connections;
    private final ModelExecutor modelExecutor;
    private final UISynchronize sync;

    ComponentCommands(ServerConnections connections, ModelExecutor modelExecutor, UISynchronize sync) {
        this.connections = connections;
        this.modelExecutor = modelExecutor;
        this.sync = sync;
    }

    void refresh(ManagementServer server, Consumer<State> done, Consumer<String> failed) {
        schedule(Messages.ComponentCommands_refresh, server, (connection, monitor) -> {
            monitor.setWorkRemaining(100);
            ComponentUpdates updates = connection.client().administration().componentUpdates();
            List<Component> components = connection.client().administration().components(monitor.split(5));
            ComponentUpdateJob last = updates.lastUpdate(monitor.split(5));
            NotificationPage queue = updates.notifications(null, QUEUE_LIMIT, monitor.split(5));
            monitor.subTask(Messages.ComponentCommands_scan);
            new AgentComponentScan(connection, modelExecutor).run(monitor.split(85));
            return new State(components, last, queue.items());
        }, done, failed);
    }

    void updateServer(ManagementServer server, Consumer<ComponentUpdateJob> done, Consumer<String> failed) {
        schedule(Messages.ComponentCommands_update, server, (connection, monitor) -> {
            ComponentUpdates updates = connection.client().administration().componentUpdates();
            ComponentUpdateJob run = updates.updateServer(monitor.split(1));
            while (ComponentUpdateJob.RUNNING.equals(run.state())) {
                monitor.setWorkRemaining(Math.max(run.components().size(), 1) + 1);
                monitor.subTask(describe(run));
                waitAMoment(monitor);
                run = updates.lastUpdate(monitor.split(1));
                if (run == null) {
                    throw new OperationCanceledException();
                }
            }
            return run;
        }, done, failed);
    }

    void notifyAgents(ManagementServer server, List<String> agentIds, Consumer<NotifyAgentsResult> done,
            Consumer<String> failed) {
        NotifyAgentsRequest request = agentIds == null
                ? new NotifyAgentsRequest(null, null, Boolean.TRUE, null)
                : new NotifyAgentsRequest(agentIds.stream().map(UUID::fromString).toList(), null, null, null);
        schedule(Messages.ComponentCommands_notify, server, (connection, monitor) -> connection.client()
                .administration().componentUpdates().notifyAgents(request, monitor), done, failed);
    }

    void cancelNotifications(ManagementServer server, List<Long> ids, Consumer<Integer> done,
            Consumer<String> failed) {
        CancelNotificationsRequest request = new CancelNotificationsRequest(new ArrayList<>(ids), null, null);
        schedule(Messages.ComponentCommands_cancel, server,
                (connection, monitor) -> Integer.valueOf(connection.client().administration().componentUpdates()
                        .cancelNotifications(request, monitor).cancelled()),
                done, failed);
    }

    /**
     * @param run
     *            a run of "update server now"
     * @return its state in words, with how many components it has done
     */
    static String describe(ComponentUpdateJob run) {
        long done = run.components().stream().filter(c -> ComponentUpdateProgress.UPDATED.equals(c.state())
                || ComponentUpdateProgress.UP_TO_DATE.equals(c.state())).count();
        String counts = NLS.bind(Messages.ComponentCommands_counts, Long.valueOf(done),
                Integer.valueOf(run.components().size()));
        return switch (run.state()) {
            case ComponentUpdateJob.RUNNING -> NLS.bind(Messages.ComponentCommands_running, counts);
            case ComponentUpdateJob.SUCCEEDED -> NLS.bind(Messages.ComponentCommands_succeeded, counts,
                    Columns.time(run.finishedAt()));
            default -> NLS.bind(Messages.ComponentCommands_failed, counts, run.error());
        };
    }

    private <T> void schedule(String action, ManagementServer server, ServerJob.Work<T> work, Consumer<T> done,
            Consumer<String> failed) {
        ServerConnection connection = connections.connection(server);
        if (connection == null) {
            failed.accept(NLS.bind(Messages.ComponentCommands_notConnected, server.getName()));
            return;
        }
        new ServerJob<>(action, server, connection, work, sync, done, failed).schedule();
    }

    private static void waitAMoment(SubMonitor monitor) {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }
}
