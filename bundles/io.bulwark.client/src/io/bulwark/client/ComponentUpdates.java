package io.bulwark.client;

import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;

import io.bulwark.client.internal.TypedCalls;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.components.CancelNotificationsRequest;
import io.bulwark.protocol.components.CancelNotificationsResult;
import io.bulwark.protocol.components.ComponentUpdateJob;
import io.bulwark.protocol.components.NotificationPage;
import io.bulwark.protocol.components.NotifyAgentsRequest;
import io.bulwark.protocol.components.NotifyAgentsResult;

/**
 * The calls that bring a server's components up to date and pass them on to its agents: "update server now", its
 * progress, "notify agents", the notification queue and its cancelling. Obtained from
 * {@link ServerAdministration#componentUpdates()}; shares its client's session, trust, retries and cancellation.
 */
public final class ComponentUpdates {

    private final TypedCalls calls;

    ComponentUpdates(TypedCalls calls) {
        this.calls = calls;
    }

    /**
     * Starts "update server now": the server fetches every component from its update source.
     *
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the run just started; follow it with {@link #lastUpdate(IProgressMonitor)}
     * @throws ServerException
     *             e.g. {@link ConflictException} when the server has no update source or a run is in progress,
     *             {@link ForbiddenException} for an operator
     */
    public ComponentUpdateJob updateServer(IProgressMonitor monitor) throws ServerException {
        return calls.mutate("POST", ApiPaths.COMPONENTS_UPDATE, Map.of(), null, ComponentUpdateJob.class, monitor); //$NON-NLS-1$
    }

    /**
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the latest "update server now" run since the server started, running or finished, or {@code null} if
     *         there was none
     * @throws ServerException
     *             if the call fails
     */
    public ComponentUpdateJob lastUpdate(IProgressMonitor monitor) throws ServerException {
        try {
            return calls.get(ApiPaths.COMPONENTS_UPDATE, ComponentUpdateJob.class, monitor);
        } catch (NotFoundException e) {
            return null;
        }
    }

    /**
     * Queues an {@code update_components} notification for agents.
     *
     * @param request
     *            which agents: exactly one of agent ids, a domain or all
     * @param monitor
     *            cancels the call, or {@code null}
     * @return what was queued, and what was skipped and why
     * @throws ServerException
     *             e.g. {@link ConflictException} when the server holds no components yet
     */
    public NotifyAgentsResult notifyAgents(NotifyAgentsRequest request, IProgressMonitor monitor)
            throws ServerException {
        return calls.mutate("POST", ApiPaths.COMPONENTS_NOTIFY, request, null, NotifyAgentsResult.class, monitor); //$NON-NLS-1$
    }

    /**
     * One page of the notification queue, oldest first.
     *
     * @param cursor
     *            {@code null} for the first page, else the previous page's {@link NotificationPage#next()}
     * @param limit
     *            notifications per page, 1–1000
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the page
     * @throws ServerException
     *             if the call fails
     */
    public NotificationPage notifications(String cursor, int limit, IProgressMonitor monitor) throws ServerException {
        StringBuilder path = new StringBuilder(ApiPaths.NOTIFICATIONS).append("?limit=").append(limit); //$NON-NLS-1$
        if (cursor != null) {
            path.append("&cursor=").append(AgentQuery.encode(cursor)); //$NON-NLS-1$
        }
        return calls.get(path.toString(), NotificationPage.class, monitor);
    }

    /**
     * Cancels queued notifications; delivered ones are past cancelling and not counted.
     *
     * @param request
     *            which: exactly one of notification ids, agent ids or all (root only)
     * @param monitor
     *            cancels the call, or {@code null}
     * @return how many were cancelled
     * @throws ServerException
     *             if the call fails
     */
    public CancelNotificationsResult cancelNotifications(CancelNotificationsRequest request, IProgressMonitor monitor)
            throws ServerException {
        return calls.mutate("POST", ApiPaths.NOTIFICATIONS_CANCEL, request, null, CancelNotificationsResult.class, //$NON-NLS-1$
                monitor);
    }
}
