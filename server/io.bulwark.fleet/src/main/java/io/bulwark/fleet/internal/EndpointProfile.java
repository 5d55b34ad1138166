package io.bulwark.fleet.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import io.bulwark.protocol.agent.Application;
import io.bulwark.protocol.agent.Inventory;
import io.bulwark.protocol.agent.MachineRole;

/**
 * The simulated endpoint behind agent number {@code index} of a fleet: where it sits, what it is, what runs on it and
 * which updates it lacks. It depends only on the fleet's seed and the index, so it is the same after every restart and
 * in every fleet with the same seed.
 *
 * @param site
 *            where it sits
 * @param hardwareType
 *            {@code laptop}, {@code desktop} or {@code server}
 * @param ip
 *            its address, in its site's range
 * @param release
 *            its operating system and the updates published for it
 * @param applications
 *            what is installed
 * @param role
 *            what it does for the organisation
 * @param patchedUpTo
 *            how many of its release's updates are installed, oldest first; the rest are missing
 * @param agentVersion
 *            the version of its agent program
 * @param componentVersions
 *            its pattern and engine versions
 * @param files
 *            how many files a full scan looks at
 */
record EndpointProfile(Site site, String hardwareType, String ip, SoftwareCatalog.Release release,
        List<Application> applications, MachineRole role, int patchedUpTo, String agentVersion,
        Map<String, String> componentVersions, long files) {

    // Unrelated to the identity stride, so an endpoint's traits do not correlate with its GUID.
    private static final long PROFILE_STRIDE = 0x9E3779B97F4A7C15L;

    private static final List<String> FSMO_ROLES = List.of("schema_master", "domain_naming_master", "pdc_emulator", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "rid_master", "infrastructure_master"); //$NON-NLS-1$ //$NON-NLS-2$

    /**
     * @param seed
     *            the fleet's seed
     * @param index
     *            the agent's position in the fleet
     * @return its endpoint
     */
    static EndpointProfile of(long seed, int index) {
        SplittableRandom random = new SplittableRandom(seed ^ PROFILE_STRIDE * (index + 1L));
        Site site = site(random);
        String hardware = hardware(site, random);
        boolean server = hardware.equals(Inventory.SERVER);
        SoftwareCatalog.Release release = SoftwareCatalog
                .pick(server ? SoftwareCatalog.SERVER_RELEASES : SoftwareCatalog.CLIENT_RELEASES, random);
        boolean windows = release.os().name().startsWith("Windows"); //$NON-NLS-1$
        MachineRole role = server
                ? serverRole(windows, random)
                : new MachineRole(List.of(MachineRole.WORKSTATION), List.of(), random.nextInt(20) == 0);
        List<Application> applications = applications(role, server, windows, random);
        int published = release.updates().size();
        // Four in five endpoints are fully patched; the rest lag one to five updates behind.
        int patched = random.nextInt(5) < 4 ? published : Math.max(0, published - 1 - random.nextInt(5));
        String agentVersion = random.nextInt(10) < 8 ? "14.0.2049" : "12.0.1876"; //$NON-NLS-1$ //$NON-NLS-2$
        Map<String, String> components = new LinkedHashMap<>();
        // Versions just before the first ones the update source publishes, so that the first update is a full one.
        components.put("virus-pattern", //$NON-NLS-1$
                Integer.toString(random.nextInt(8) < 7 ? 18_540 : 18_524 + random.nextInt(16)));
        components.put("spyware-pattern", "2744"); //$NON-NLS-1$ //$NON-NLS-2$
        components.put("firewall-pattern", "1761"); //$NON-NLS-1$ //$NON-NLS-2$
        components.put("scan-engine", random.nextInt(8) < 7 ? "1209" : "1208"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        long files = server ? 400_000 + random.nextInt(1_600_000) : 80_000 + random.nextInt(220_000);
        return new EndpointProfile(site, hardware, site.address(random), release, applications, role, patched,
                agentVersion, components, files);
    }

    /** @return the host name prefix for its kind of machine: {@code lt}, {@code ws} or {@code srv} */
    String hostPrefix() {
        return switch (hardwareType) {
            case Inventory.LAPTOP -> "lt"; //$NON-NLS-1$
            case Inventory.SERVER -> "srv"; //$NON-NLS-1$
            default -> "ws"; //$NON-NLS-1$
        };
    }

    /**
     * @param collectedAt
     *            when the audit runs
     * @return what the agent's audit of this endpoint finds
     */
    Inventory inventory(Instant collectedAt) {
        List<String> updates = release.updates();
        return new Inventory(hardwareType, release.os(), applications, role, site.connectivity(),
                updates.subList(0, patchedUpTo), updates.subList(patchedUpTo, updates.size()), collectedAt);
    }

    private static Site site(SplittableRandom random) {
        int draw = random.nextInt(100);
        if (draw < 52) {
            return Site.HEAD_OFFICE;
        }
        if (draw < 65) {
            return Site.DATA_CENTRE;
        }
        if (draw < 85) {
            return Site.BRANCH;
        }
        return draw < 95 ? Site.REMOTE : Site.HOME;
    }

    private static String hardware(Site site, SplittableRandom random) {
        if (site == Site.DATA_CENTRE) {
            return Inventory.SERVER;
        }
        if (site == Site.HOME) {
            return Inventory.LAPTOP;
        }
        int draw = random.nextInt(100);
        if (draw < 4) {
            return Inventory.SERVER; // a branch file server, a head-office print server
        }
        return draw < 52 ? Inventory.LAPTOP : Inventory.DESKTOP;
    }

    private static MachineRole serverRole(boolean windows, SplittableRandom random) {
        int draw = random.nextInt(100);
        if (draw < 12 && windows) {
            List<String> fsmo = new ArrayList<>();
            for (String role : FSMO_ROLES) {
                if (random.nextInt(4) == 0) {
                    fsmo.add(role);
                }
            }
            return new MachineRole(List.of(MachineRole.DOMAIN_CONTROLLER), fsmo, true);
        }
        if (draw < 32) {
            return new MachineRole(List.of(MachineRole.DATABASE_SERVER), List.of(), random.nextInt(10) < 7);
        }
        if (draw < 40 && windows) {
            return new MachineRole(List.of("mail_server"), List.of(), true); //$NON-NLS-1$
        }
        if (draw < 60) {
            return new MachineRole(List.of("web_server"), List.of(), random.nextInt(2) == 0); //$NON-NLS-1$
        }
        if (draw < 85) {
            return new MachineRole(List.of("file_server"), List.of(), false); //$NON-NLS-1$
        }
        return new MachineRole(List.of("application_server"), List.of(), random.nextInt(3) == 0); //$NON-NLS-1$
    }

    private static List<Application> applications(MachineRole role, boolean server, boolean windows,
            SplittableRandom random) {
        List<Application> installed = new ArrayList<>();
        if (!server) {
            for (SoftwareCatalog.Product product : SoftwareCatalog.DESKTOP_APPLICATIONS) {
                if (random.nextInt(10) < 7) {
                    installed.add(product.pick(random));
                }
            }
            return installed;
        }
        String function = role.functions().getFirst();
        switch (function) {
            case MachineRole.DOMAIN_CONTROLLER -> installed.add(SoftwareCatalog.ADDS.pick(random));
            case MachineRole.DATABASE_SERVER -> installed.add(windows
                    ? SoftwareCatalog.SQL_SERVER.pick(random)
                    : SoftwareCatalog.POSTGRESQL.pick(random));
            case "mail_server" -> installed.add(SoftwareCatalog.EXCHANGE.pick(random)); //$NON-NLS-1$
            case "web_server" -> installed.add(windows //$NON-NLS-1$
                    ? SoftwareCatalog.IIS.pick(random)
                    : SoftwareCatalog.APACHE.pick(random));
            default -> {
                // file and application servers run only the common server tools
            }
        }
        installed.add(SoftwareCatalog.BACKUP.pick(random));
        return installed;
    }
}
