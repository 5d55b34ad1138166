package io.bulwark.fleet.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * The fleet's agents: the ones kept in the state folder, grown to the requested count with new identities derived from
 * the fleet's seed. Identity {@code i} depends only on the seed and {@code i}, so two fleets with the same seed
 * simulate the same endpoints, and an agent once created is never replaced.
 *
 * @param format
 *            the state folder's format: {@value #FORMAT} since every home server carries its own fingerprint;
 *            {@code null} in files of the first format, which {@link StateMigration} brings up to date
 * @param seed
 *            the seed new identities derive from
 * @param agents
 *            every agent created so far, in creation order
 */
public record AgentRoster(Integer format, long seed, List<AgentIdentity> agents) {

    /** The format this version writes. */
    public static final int FORMAT = 2;

    // Odd and unrelated to the random generator's own increment, so neighbouring agents get unrelated streams.
    private static final long AGENT_STRIDE = 0xD1B54A32D192ED03L;

    /**
     * Freezes the list.
     */
    public AgentRoster {
        agents = List.copyOf(agents);
    }

    /**
     * @param seed
     *            the seed new identities derive from
     * @param agents
     *            every agent created so far
     */
    public AgentRoster(long seed, List<AgentIdentity> agents) {
        this(Integer.valueOf(FORMAT), seed, agents);
    }

    /** @return whether it was written in the first format and needs {@link StateMigration} */
    public boolean needsMigration() {
        return format == null || format.intValue() < FORMAT;
    }

    /**
     * @param count
     *            how many agents the fleet needs
     * @return this roster if it has at least {@code count} agents, else a roster grown to {@code count}
     */
    public AgentRoster grownTo(int count) {
        if (agents.size() >= count) {
            return this;
        }
        List<AgentIdentity> grown = new ArrayList<>(agents);
        for (int index = agents.size(); index < count; index++) {
            grown.add(derive(seed, index));
        }
        return new AgentRoster(format, seed, grown);
    }

    /**
     * @param count
     *            how many agents to simulate
     * @return the first {@code count} agents
     */
    public List<AgentIdentity> first(int count) {
        return agents.subList(0, Math.min(count, agents.size()));
    }

    /**
     * @param index
     *            an agent's position
     * @param identity
     *            its identity now, e.g. with a new home server
     * @return this roster with that agent replaced
     */
    public AgentRoster with(int index, AgentIdentity identity) {
        List<AgentIdentity> changed = new ArrayList<>(agents);
        changed.set(index, identity);
        return new AgentRoster(format, seed, changed);
    }

    static AgentIdentity derive(long seed, int index) {
        SplittableRandom random = new SplittableRandom(seed + AGENT_STRIDE * (index + 1L));
        long most = (random.nextLong() & ~0xF000L) | 0x4000L; // version 4
        long least = (random.nextLong() & ~(0xC000L << 48)) | (0x8000L << 48); // IETF variant
        EndpointProfile endpoint = EndpointProfile.of(seed, index);
        return new AgentIdentity(new UUID(most, least), String.format(Locale.ROOT, "%s-%s-%05d", //$NON-NLS-1$
                endpoint.site().code(), endpoint.hostPrefix(), Integer.valueOf(index + 1)), null);
    }
}
