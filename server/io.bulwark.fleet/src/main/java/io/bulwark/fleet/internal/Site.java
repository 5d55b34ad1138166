package io.bulwark.fleet.internal;

import java.util.Locale;
import java.util.SplittableRandom;

import io.bulwark.protocol.agent.Connectivity;

/**
 * The places simulated endpoints sit, after the multi-site deployment of the install guide: a head office and a data
 * centre on the LAN, a remote site behind a busy WAN link, a small remote site behind a slow link, and home workers on
 * dial-up. Each has its own address range, so grouping rules by IP range sort the fleet into domains.
 */
public enum Site {

    /** The head office, on the LAN; some endpoints there use IPv6. */
    HEAD_OFFICE("hq", "10.10.0.0/16", new Connectivity(Connectivity.LAN, Integer.valueOf(1_000_000))), //$NON-NLS-1$ //$NON-NLS-2$
    /** The data centre's servers, on the LAN. */
    DATA_CENTRE("dc", "10.0.0.0/16", new Connectivity(Connectivity.LAN, Integer.valueOf(10_000_000))), //$NON-NLS-1$ //$NON-NLS-2$
    /** Remote site 1, behind a WAN link that is busy in office hours. */
    BRANCH("br1", "10.20.0.0/16", new Connectivity(Connectivity.WAN, Integer.valueOf(10_000))), //$NON-NLS-1$ //$NON-NLS-2$
    /** Remote site 2, a handful of endpoints behind a 154 kbit/s link. */
    REMOTE("br2", "10.30.0.0/24", new Connectivity(Connectivity.SLOW_LINK, Integer.valueOf(154))), //$NON-NLS-1$ //$NON-NLS-2$
    /** Home workers dialling in. */
    HOME("home", "100.64.0.0/18", new Connectivity(Connectivity.DIAL_UP, Integer.valueOf(56))); //$NON-NLS-1$ //$NON-NLS-2$

    private final String code;
    private final String range;
    private final Connectivity connectivity;

    Site(String code, String range, Connectivity connectivity) {
        this.code = code;
        this.range = range;
        this.connectivity = connectivity;
    }

    /** @return the short code in host names, e.g. {@code hq} */
    public String code() {
        return code;
    }

    /** @return the site's IPv4 range, e.g. {@code 10.10.0.0/16}, as a grouping rule would name it */
    public String range() {
        return range;
    }

    /** @return how endpoints at this site are connected */
    public Connectivity connectivity() {
        return connectivity;
    }

    /**
     * @param random
     *            the endpoint's random source
     * @return an address in this site's range; a tenth of head-office endpoints get an IPv6 address
     */
    String address(SplittableRandom random) {
        int host = 10 + random.nextInt(240);
        return switch (this) {
            case HEAD_OFFICE -> random.nextInt(10) == 0
                    ? String.format(Locale.ROOT, "fd00:10::%x:%x", Integer.valueOf(1 + random.nextInt(40)), //$NON-NLS-1$
                            Integer.valueOf(host))
                    : "10.10." + (1 + random.nextInt(40)) + "." + host; //$NON-NLS-1$ //$NON-NLS-2$
            case DATA_CENTRE -> "10.0." + (1 + random.nextInt(4)) + "." + host; //$NON-NLS-1$ //$NON-NLS-2$
            case BRANCH -> "10.20." + random.nextInt(8) + "." + host; //$NON-NLS-1$ //$NON-NLS-2$
            case REMOTE -> "10.30.0." + host; //$NON-NLS-1$
            case HOME -> "100.64." + random.nextInt(64) + "." + host; //$NON-NLS-1$ //$NON-NLS-2$
        };
    }
}
