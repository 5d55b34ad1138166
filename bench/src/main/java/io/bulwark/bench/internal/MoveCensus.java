package io.bulwark.bench.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.bulwark.protocol.admin.AgentStatus;

/**
 * Where a fleet's agents are after a move, from both servers' agent lists.
 *
 * @param onTarget
 *            how many of them the target lists
 * @param onSource
 *            how many of them the source lists
 * @param lost
 *            how many neither lists
 * @param duplicated
 *            how many both list
 * @param moving
 *            how many the source still lists as moving
 */
public record MoveCensus(int onTarget, int onSource, int lost, int duplicated, int moving) {

    /**
     * @param atSource
     *            calls to the move's source
     * @param atTarget
     *            calls to its target
     * @param agents
     *            the fleet's agents
     * @return where they are
     * @throws IOException
     *             if a server cannot be read
     * @throws InterruptedException
     *             if interrupted meanwhile
     */
    public static MoveCensus of(AdminCalls atSource, AdminCalls atTarget, List<UUID> agents)
            throws IOException, InterruptedException {
        Map<UUID, String> source = new HashMap<>();
        atSource.agents().forEach(agent -> source.put(agent.id(), agent.status()));
        Set<UUID> target = new HashSet<>();
        atTarget.agents().forEach(agent -> target.add(agent.id()));
        int onTarget = 0;
        int onSource = 0;
        int lost = 0;
        int duplicated = 0;
        int moving = 0;
        for (UUID agent : agents) {
            boolean there = target.contains(agent);
            boolean here = source.containsKey(agent);
            onTarget += there ? 1 : 0;
            onSource += here ? 1 : 0;
            lost += !there && !here ? 1 : 0;
            duplicated += there && here ? 1 : 0;
            moving += AgentStatus.MOVING.equals(source.get(agent)) ? 1 : 0;
        }
        return new MoveCensus(onTarget, onSource, lost, duplicated, moving);
    }
}
