package io.bulwark.protocol.components;

import java.util.List;

/**
 * One component an {@link UpdateComponentsCommand} tells an agent to bring to {@code version}.
 * <p>
 * An agent holding version {@code v < version} for which {@code increments} hold an unbroken chain {@code v -> v+1 ->
 * ... -> version} downloads those increments, checks each one's size and SHA-256, applies them in order to its file and
 * checks the result against {@code full.sha256}. Any other agent (no version, a version older than the chain, or a
 * failed check) downloads {@code full} and checks its size and SHA-256.
 *
 * @param name
 *            the component, e.g. {@code virus-pattern}
 * @param kind
 *            {@link Component#PATTERN} or {@link Component#ENGINE}
 * @param version
 *            the version to reach
 * @param full
 *            the full file of {@code version}
 * @param increments
 *            the increments the server keeps that lead to {@code version} from the agent's reported version (all it
 *            keeps when the agent reported none), oldest first; empty for engines
 */
public record ComponentTarget(String name, String kind, long version, ComponentFile full,
        List<ComponentIncrement> increments) {

    /** Freezes the increment list. */
    public ComponentTarget {
        increments = increments == null ? List.of() : List.copyOf(increments);
    }
}
