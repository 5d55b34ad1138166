package io.bulwark.protocol.components;

/**
 * What {@code POST /api/v1/components/notify} did.
 *
 * @param queued
 *            agents that received a new {@code update_components} command in the notification queue
 * @param alreadyQueued
 *            agents skipped because an identical notification already waits for them
 * @param upToDate
 *            agents skipped because they reported every component at the server's version
 * @param superseded
 *            older queued notifications replaced by the new ones
 */
public record NotifyAgentsResult(int queued, int alreadyQueued, int upToDate, int superseded) {
}
