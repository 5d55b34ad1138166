package io.bulwark.server.internal.commands;

import java.time.Instant;
import java.util.UUID;

/**
 * One row of {@code agent_command}.
 *
 * @param id
 *            the command's id, unique on this server
 * @param agentId
 *            the agent it is for
 * @param kind
 *            what to do, e.g. {@code update_components}, {@code apply_settings}, {@code scan_now}
 * @param payload
 *            the command's parameters as JSON, or {@code null}
 * @param state
 *            {@code queued}, {@code delivered}, {@code succeeded}, {@code failed} or {@code cancelled}
 * @param createdAt
 *            when it was queued
 * @param deliveredAt
 *            when a heartbeat handed it out, or {@code null}
 * @param completedAt
 *            when the agent reported its result, or {@code null}
 * @param result
 *            the agent's result as JSON, or {@code null}
 */
public record QueuedCommand(long id, UUID agentId, String kind, String payload, String state, Instant createdAt,
        Instant deliveredAt, Instant completedAt, String result) {

    /** State of a command waiting for the agent's next heartbeat. */
    public static final String QUEUED = "queued"; //$NON-NLS-1$
    /** State of a command handed to the agent, result pending. */
    public static final String DELIVERED = "delivered"; //$NON-NLS-1$
    /** State of a command the agent carried out. */
    public static final String SUCCEEDED = "succeeded"; //$NON-NLS-1$
    /** State of a command the agent could not carry out. */
    public static final String FAILED = "failed"; //$NON-NLS-1$
    /** State of a command cancelled before delivery. */
    public static final String CANCELLED = "cancelled"; //$NON-NLS-1$
}
