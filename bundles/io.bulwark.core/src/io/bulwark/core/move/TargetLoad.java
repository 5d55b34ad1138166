package io.bulwark.core.move;

/**
 * How many agents the target holds before and after the move, if every agent named in it arrives.
 *
 * @param agentsBefore
 *            the target's agents at planning
 * @param agentsAfter
 *            the same plus the agents named in the move
 * @param domainAgentsBefore
 *            agents directly in the target domain at planning (under the root: the target's agents)
 * @param domainAgentsAfter
 *            the same plus the agents named in the move
 */
public record TargetLoad(long agentsBefore, long agentsAfter, long domainAgentsBefore, long domainAgentsAfter) {
}
