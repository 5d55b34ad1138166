package io.bulwark.protocol.admin;

import java.time.Instant;
import java.util.UUID;

/**
 * A command for an agent and how far it got: in an agent's detail, in the answer to queuing commands, and as the data
 * of {@code command.queued} and {@code command.completed} events.
 *
 * @param id
 *            the command's id
 * @param agentId
 *            the agent it is for
 * @param kind
 *            what to do, e.g. {@code scan_now}
 * @param state
 *            {@code queued}, {@code delivered}, {@code succeeded}, {@code failed} or {@code cancelled}
 * @param createdAt
 *            when it was queued
 * @param deliveredAt
 *            when a heartbeat handed it out, or {@code null}
 * @param completedAt
 *            when the agent reported its result, or {@code null}
 * @param result
 *            the agent's result ({@code success}, {@code message} and a member per kind, e.g. {@code scanResult}), or
 *            {@code null}
 */
public record CommandSummary(long id, UUID agentId, String kind, String state, Instant createdAt, Instant deliveredAt,
        Instant completedAt, Object result) {
}
