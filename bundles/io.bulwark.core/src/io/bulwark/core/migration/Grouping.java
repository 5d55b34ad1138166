package io.bulwark.core.migration;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import io.bulwark.core.internal.migration.Messages;

/** How a campaign groups its agents into waves: a wave never mixes two groups. */
public enum Grouping {
    /** One group: the waves follow the agents' order. */
    NONE,
    /** By the agent's domain on the source: a domain's agents move together. */
    DOMAIN,
    /** By the agent's IP subnet (a prefix length for IPv4 and one for IPv6). */
    SUBNET,
    /** By named site, each site one or more IP ranges ({@link Site}); agents in no site form the last group. */
    SITE;

    /** @return the word an administrator writes for it, e.g. {@code subnet} */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param word
     *            {@code domain}, {@code subnet} or {@code site} (any case)
     * @return the grouping
     * @throws MigrationRefusedException
     *             naming the word and the choices if it is none of them
     */
    public static Grouping parse(String word) throws MigrationRefusedException {
        String wanted = word == null ? "" : word.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        for (Grouping grouping : values()) {
            if (grouping != NONE && grouping.word().equals(wanted)) {
                return grouping;
            }
        }
        throw new MigrationRefusedException(NLS.bind(Messages.Grouping_unknown, word));
    }
}
