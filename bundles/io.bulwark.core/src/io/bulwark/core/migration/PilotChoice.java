package io.bulwark.core.migration;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;

import io.bulwark.core.internal.migration.Messages;

/**
 * How a campaign chooses its pilot group, the agents that move first (DOMAIN §6, pilot deployment): none, a number of
 * agents, a percentage of them, or the agents an administrator listed.
 *
 * @param kind
 *            which of these
 * @param value
 *            the number of agents for {@link Kind#COUNT}, the percentage for {@link Kind#PERCENT}, else 0
 * @param agentIds
 *            the listed agents for {@link Kind#LIST}, else empty
 * @param listName
 *            where the list came from, for a person (a file name), or {@code null}
 */
public record PilotChoice(Kind kind, int value, List<UUID> agentIds, String listName) {

    /** How the pilot is chosen. */
    public enum Kind {
        /** No pilot: the first wave goes first. */
        NONE,
        /** A number of agents, picked from every group in turn. */
        COUNT,
        /** A percentage of the agents (rounded up), picked from every group in turn. */
        PERCENT,
        /** The agents an administrator listed. */
        LIST
    }

    /** Checks and freezes. */
    public PilotChoice {
        Objects.requireNonNull(kind, "kind"); //$NON-NLS-1$
        agentIds = agentIds == null ? List.of() : List.copyOf(agentIds);
    }

    /** @return no pilot */
    public static PilotChoice none() {
        return new PilotChoice(Kind.NONE, 0, List.of(), null);
    }

    /**
     * @param agentIds
     *            the pilot's agents
     * @param listName
     *            where the list came from, for a person
     * @return a pilot of exactly these agents
     */
    public static PilotChoice listed(List<UUID> agentIds, String listName) {
        return new PilotChoice(Kind.LIST, 0, agentIds, listName);
    }

    /**
     * Reads a pilot size as an administrator writes it: a number of agents ({@code 5}) or a percentage ({@code 10%}).
     *
     * @param text
     *            the size
     * @return the choice
     * @throws MigrationRefusedException
     *             if the text is neither a whole number of at least 1 nor a percentage from 1 to 99
     */
    public static PilotChoice parse(String text) throws MigrationRefusedException {
        String trimmed = text == null ? "" : text.strip(); //$NON-NLS-1$
        boolean percent = trimmed.endsWith("%"); //$NON-NLS-1$
        String number = percent ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed;
        int value;
        try {
            value = Integer.parseInt(number);
        } catch (NumberFormatException e) {
            throw new MigrationRefusedException(NLS.bind(Messages.PilotChoice_bad, text), e);
        }
        if (percent && (value < 1 || value > 99)) {
            throw new MigrationRefusedException(NLS.bind(Messages.PilotChoice_badPercent, text));
        }
        if (!percent && value < 1) {
            throw new MigrationRefusedException(NLS.bind(Messages.PilotChoice_bad, text));
        }
        return new PilotChoice(percent ? Kind.PERCENT : Kind.COUNT, value, List.of(), null);
    }

    /**
     * @param total
     *            how many agents the campaign holds
     * @return how many of them the pilot takes
     */
    public int size(int total) {
        return switch (kind) {
            case NONE -> 0;
            case COUNT -> value;
            case PERCENT -> (int) Math.ceil(total * (value / 100.0));
            case LIST -> agentIds.size();
        };
    }
}
