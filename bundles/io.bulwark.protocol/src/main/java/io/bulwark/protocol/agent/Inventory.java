package io.bulwark.protocol.agent;

import java.time.Instant;
import java.util.List;

/**
 * What an agent found on its endpoint: the facts patch assessment starts from (hardware, operating system,
 * applications, the machine's role, its connectivity, and its installed and missing updates).
 *
 * @param hardwareType
 *            {@value #LAPTOP}, {@value #DESKTOP} or {@value #SERVER}; servers need maintenance windows
 * @param os
 *            the operating system
 * @param applications
 *            installed applications and middleware with their versions
 * @param role
 *            what the machine does for the organisation
 * @param connectivity
 *            how the endpoint is connected
 * @param installedUpdates
 *            ids of installed software updates, e.g. {@code KB5034441}
 * @param missingUpdates
 *            ids of applicable updates that are not installed
 * @param collectedAt
 *            when the audit ran
 */
public record Inventory(String hardwareType, OperatingSystem os, List<Application> applications, MachineRole role,
        Connectivity connectivity, List<String> installedUpdates, List<String> missingUpdates, Instant collectedAt) {

    /** Hardware type of a laptop. */
    public static final String LAPTOP = "laptop"; //$NON-NLS-1$
    /** Hardware type of a desktop. */
    public static final String DESKTOP = "desktop"; //$NON-NLS-1$
    /** Hardware type of a server. */
    public static final String SERVER = "server"; //$NON-NLS-1$

    /** Freezes the lists. */
    public Inventory {
        applications = applications == null ? List.of() : List.copyOf(applications);
        installedUpdates = installedUpdates == null ? List.of() : List.copyOf(installedUpdates);
        missingUpdates = missingUpdates == null ? List.of() : List.copyOf(missingUpdates);
    }
}
