package io.bulwark.core.move;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.bulwark.protocol.settings.SettingsGroups;

/**
 * What to replicate of a source server's domain structure on a target before agents move there (DOMAIN §5: replicate
 * the domain structure and the scan-method settings first, so the agents keep them).
 *
 * @param sourceDomainPaths
 *            the source domains to replicate, as paths such as {@code Branch/Lab}, each with the domains above it; or
 *            {@code null} for the source's whole tree. The root (an empty path) has no domain to replicate.
 * @param targetParentPath
 *            the target domain the structure goes under, as a path; {@code null} or empty for the root
 * @param allSettings
 *            whether every settings group a domain may set is copied, instead of the scan method only
 */
public record StructureRequest(List<String> sourceDomainPaths, String targetParentPath, boolean allSettings) {

    /** Freezes the paths. */
    public StructureRequest {
        sourceDomainPaths = sourceDomainPaths == null ? null : List.copyOf(sourceDomainPaths);
    }

    /**
     * @param targetParentPath
     *            the target domain the structure goes under, or {@code null} for the root
     * @param allSettings
     *            whether every settings group is copied
     * @return a request for every domain of the source
     */
    public static StructureRequest wholeTree(String targetParentPath, boolean allSettings) {
        return new StructureRequest(null, targetParentPath, allSettings);
    }

    /**
     * @param plan
     *            a planned move
     * @param allSettings
     *            whether every settings group is copied
     * @return a request for the source domains of the agents the move names (moving now or waiting), under the move's
     *         target domain
     */
    public static StructureRequest forMove(MovePlan plan, boolean allSettings) {
        Set<String> paths = new LinkedHashSet<>();
        for (PlannedAgent agent : plan.agents()) {
            if (agent.disposition().named() && agent.domainPath() != null && !agent.domainPath().isEmpty()) {
                paths.add(agent.domainPath());
            }
        }
        return new StructureRequest(new ArrayList<>(paths), plan.targetDomainPath(), allSettings);
    }

    /**
     * @return the settings groups copied: the scan method, or every group a domain may set (all but the server-wide
     *         {@link SettingsGroups#GLOBAL_SETTINGS})
     */
    public List<String> groups() {
        if (!allSettings) {
            return List.of(SettingsGroups.SCAN_METHOD);
        }
        return SettingsGroups.ALL.stream().filter(group -> !SettingsGroups.GLOBAL_SETTINGS.equals(group)).toList();
    }
}
