package io.bulwark.protocol.settings;

import java.util.List;

/**
 * How an agent decides it is inside the corporate network: it reaches one of the reference servers, or its default
 * gateway is one of the listed gateways. With neither listed, every agent counts as external.
 *
 * @param referenceServers
 *            up to {@link #MAX_ENTRIES} servers only reachable from inside
 * @param gateways
 *            up to {@link #MAX_ENTRIES} gateways of the corporate network
 */
public record LocationCriteria(List<ReferenceServer> referenceServers, List<Gateway> gateways) {

    /** The most entries in each list. */
    public static final int MAX_ENTRIES = 32;
}
