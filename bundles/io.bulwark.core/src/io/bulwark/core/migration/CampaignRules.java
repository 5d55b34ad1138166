package io.bulwark.core.migration;

import java.util.List;
import java.util.Objects;

/**
 * How a campaign splits its agents: the pilot, then waves of at most {@code waveSize} agents, each from one group.
 *
 * @param pilot
 *            how the pilot is chosen
 * @param waveSize
 *            the most agents one wave holds; 0 for no limit (one wave per group)
 * @param grouping
 *            how the agents are grouped
 * @param sites
 *            the named sites, in the order their waves go, for {@link Grouping#SITE}; else empty
 * @param ipv4Prefix
 *            the prefix length of an IPv4 subnet for {@link Grouping#SUBNET}, 0 to 32
 * @param ipv6Prefix
 *            the prefix length of an IPv6 subnet for {@link Grouping#SUBNET}, 0 to 128
 */
public record CampaignRules(PilotChoice pilot, int waveSize, Grouping grouping, List<Site> sites, int ipv4Prefix,
        int ipv6Prefix) {

    /** The IPv4 subnet unless told otherwise: a class-C-sized network. */
    public static final int DEFAULT_IPV4_PREFIX = 24;

    /** The IPv6 subnet unless told otherwise: one LAN segment. */
    public static final int DEFAULT_IPV6_PREFIX = 64;

    /** Freezes the sites. */
    public CampaignRules {
        Objects.requireNonNull(pilot, "pilot"); //$NON-NLS-1$
        Objects.requireNonNull(grouping, "grouping"); //$NON-NLS-1$
        sites = sites == null ? List.of() : List.copyOf(sites);
    }

    /**
     * @param pilot
     *            how the pilot is chosen
     * @param waveSize
     *            the most agents one wave holds, 0 for no limit
     * @param grouping
     *            how the agents are grouped
     * @param sites
     *            the sites for {@link Grouping#SITE}
     * @return rules with the default subnet prefixes
     */
    public static CampaignRules of(PilotChoice pilot, int waveSize, Grouping grouping, List<Site> sites) {
        return new CampaignRules(pilot, waveSize, grouping, sites, DEFAULT_IPV4_PREFIX, DEFAULT_IPV6_PREFIX);
    }
}
