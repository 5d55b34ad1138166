package io.bulwark.client;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ErrorCodes;

/**
 * HTTP 409 {@value ErrorCodes#NOTIFICATIONS_PENDING}: the source server's notification queue holds items for agents of
 * a move, and the request did not ask to cancel them. Nothing was changed; send the move again with
 * {@code cancelNotifications} once the administrator agreed.
 */
public class NotificationsPendingException extends ConflictException {

    private static final long serialVersionUID = 1L;

    /** The member of the error's details that lists the agents with pending notifications. */
    public static final String AGENT_IDS = "agentIds"; //$NON-NLS-1$

    private final transient List<UUID> agentIds;

    /**
     * @param status
     *            the HTTP status
     * @param error
     *            the error body
     */
    public NotificationsPendingException(int status, ApiError error) {
        super(status, error);
        this.agentIds = agentIds(error.details().get(AGENT_IDS));
    }

    /** @return the agents for which notifications wait, as far as the server named them; empty if it named none */
    public List<UUID> agentIds() {
        return agentIds;
    }

    private static List<UUID> agentIds(Object listed) {
        List<UUID> ids = new ArrayList<>();
        if (listed instanceof List<?> values) {
            for (Object value : values) {
                try {
                    ids.add(UUID.fromString(String.valueOf(value)));
                } catch (IllegalArgumentException e) {
                    // not an agent id: the message still names what is pending
                }
            }
        }
        return List.copyOf(ids);
    }
}
