package io.bulwark.server.internal.settings;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.bulwark.protocol.IpRange;
import io.bulwark.protocol.settings.LocationCriteria;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.SettingsWarning;
import io.bulwark.protocol.settings.UpdateSourceEntry;
import io.bulwark.protocol.settings.UpdateSources;
import io.bulwark.protocol.settings.WebReputation;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * What accepted settings may still get wrong, shown with every read instead of refused: overlapping update source
 * ranges (an agent uses the first entry that matches), update agents this server does not know, and an enabled web
 * reputation policy for internal agents without any criteria that could make an agent internal.
 */
final class SettingsWarnings {

    private SettingsWarnings() {
    }

    /**
     * @param connection
     *            an open connection, to look up update agents
     * @param settings
     *            checked settings, complete or not
     * @return the warnings, in document order
     * @throws SQLException
     *             if the agent table cannot be read
     */
    static List<SettingsWarning> of(Connection connection, PolicySettings settings) throws SQLException {
        List<SettingsWarning> warnings = new ArrayList<>();
        if (settings.updateSources() != null && UpdateSources.CUSTOM.equals(settings.updateSources().mode())) {
            List<UpdateSourceEntry> entries = settings.updateSources().custom();
            overlaps(entries, warnings);
            unknownUpdateAgents(connection, entries, warnings);
        }
        WebReputation reputation = settings.webReputation();
        if (reputation != null && Boolean.TRUE.equals(reputation.internalAgents().enabled())) {
            LocationCriteria location = reputation.location();
            if (location.referenceServers().isEmpty() && location.gateways().isEmpty()) {
                warnings.add(new SettingsWarning("webReputation.location", "Neither reference servers nor gateways are" //$NON-NLS-1$ //$NON-NLS-2$
                        + " set, so every agent counts as external and the internal agents' policy never applies")); //$NON-NLS-1$
            }
        }
        return Collections.unmodifiableList(warnings);
    }

    private static void overlaps(List<UpdateSourceEntry> entries, List<SettingsWarning> warnings) {
        List<IpRange> ranges = new ArrayList<>(entries.size());
        for (UpdateSourceEntry entry : entries) {
            ranges.add(IpRange.parse(entry.ipRange()));
        }
        for (int i = 1; i < ranges.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (ranges.get(i).overlaps(ranges.get(j))) {
                    warnings.add(new SettingsWarning("updateSources.custom[" + i + "].ipRange", "updateSources.custom[" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + i + "].ipRange " + ranges.get(i) + " overlaps updateSources.custom[" + j + "].ipRange " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            + ranges.get(j) + "; agents in both update from the first matching entry, custom[" + j //$NON-NLS-1$
                            + "]")); //$NON-NLS-1$
                    break;
                }
            }
        }
    }

    private static void unknownUpdateAgents(Connection connection, List<UpdateSourceEntry> entries,
            List<SettingsWarning> warnings) throws SQLException {
        Set<UUID> named = new HashSet<>();
        for (UpdateSourceEntry entry : entries) {
            if (entry.updateAgentId() != null) {
                named.add(UUID.fromString(entry.updateAgentId()));
            }
        }
        if (named.isEmpty()) {
            return;
        }
        Set<UUID> known = new HashSet<>(Jdbc.query(connection,
                "SELECT id FROM agent WHERE id IN (" + String.join(", ", Collections.nCopies(named.size(), "?")) + ")", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                row -> row.getObject(1, UUID.class), named.toArray()));
        for (int i = 0; i < entries.size(); i++) {
            String id = entries.get(i).updateAgentId();
            if (id != null && !known.contains(UUID.fromString(id))) {
                warnings.add(new SettingsWarning("updateSources.custom[" + i + "].updateAgentId", "No agent " + id //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + " is registered with this server; agents in " + entries.get(i).ipRange() //$NON-NLS-1$
                        + " cannot update from it until it is")); //$NON-NLS-1$
            }
        }
    }
}
