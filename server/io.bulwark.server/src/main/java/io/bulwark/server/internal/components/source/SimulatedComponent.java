package io.bulwark.server.internal.components.source;

import java.util.List;

import io.bulwark.protocol.components.Component;

/**
 * A component the simulated update source publishes, with the version and size it starts from.
 *
 * @param name
 *            the stable name
 * @param displayName
 *            the name for people
 * @param kind
 *            {@link Component#PATTERN} (published with increments) or {@link Component#ENGINE} (full files only)
 * @param baseVersion
 *            the first version the source publishes
 * @param baseLength
 *            the size of that version's full file in bytes; later versions grow a little
 */
public record SimulatedComponent(String name, String displayName, String kind, long baseVersion, int baseLength) {

    /** The components of the simulated source, like those of the original's update server. */
    public static final List<SimulatedComponent> CATALOG = List.of(
            new SimulatedComponent("virus-pattern", "Virus Pattern", Component.PATTERN, 18_541, 384 << 10), //$NON-NLS-1$ //$NON-NLS-2$
            new SimulatedComponent("spyware-pattern", "Spyware/Grayware Pattern", Component.PATTERN, 2_745, //$NON-NLS-1$ //$NON-NLS-2$
                    192 << 10),
            new SimulatedComponent("smart-scan-agent-pattern", "Smart Scan Agent Pattern", Component.PATTERN, //$NON-NLS-1$ //$NON-NLS-2$
                    20_117, 256 << 10),
            new SimulatedComponent("firewall-pattern", "Firewall Pattern", Component.PATTERN, 1_762, 48 << 10), //$NON-NLS-1$ //$NON-NLS-2$
            new SimulatedComponent("scan-engine", "Virus Scan Engine", Component.ENGINE, 1_210, 160 << 10)); //$NON-NLS-1$ //$NON-NLS-2$

    /** @return whether the source publishes increments for it */
    public boolean incremental() {
        return Component.PATTERN.equals(kind);
    }
}
