package io.bulwark.protocol;

/**
 * How many agents a server owns in each status (see {@link io.bulwark.protocol.admin.AgentStatus}).
 *
 * @param online
 *            heartbeating from inside the corporate network
 * @param offline
 *            silent for three heartbeat intervals or more
 * @param roaming
 *            heartbeating from outside the corporate network
 * @param moving
 *            being relocated to another server
 */
public record AgentCounts(long online, long offline, long roaming, long moving) {

    /** @return all agents, whatever their status */
    public long total() {
        return online + offline + roaming + moving;
    }
}
