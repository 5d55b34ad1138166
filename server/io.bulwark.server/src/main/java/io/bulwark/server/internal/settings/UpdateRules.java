package io.bulwark.server.internal.settings;

import java.util.List;

import io.bulwark.protocol.settings.Schedule;
import io.bulwark.protocol.settings.UpdateSettings;
import io.bulwark.protocol.settings.UpdateSourceEntry;
import io.bulwark.protocol.settings.UpdateSources;
import io.bulwark.server.internal.http.ApiException;

/**
 * Checks update settings (automatic triggers, scheduled update) and update sources (the server, or a custom list of IP
 * ranges each served by a URL or an update agent). Overlapping ranges are accepted here; {@link SettingsWarnings}
 * reports them.
 */
final class UpdateRules {

    private UpdateRules() {
    }

    static UpdateSettings settings(String field, UpdateSettings settings) throws ApiException {
        if (settings == null) {
            return null;
        }
        Boolean afterDownload = FieldChecks.required(field + ".afterServerDownload", settings.afterServerDownload()); //$NON-NLS-1$
        Boolean onRestart = FieldChecks.required(field + ".onAgentRestart", settings.onAgentRestart()); //$NON-NLS-1$
        Boolean scheduled = FieldChecks.required(field + ".scheduled", settings.scheduled()); //$NON-NLS-1$
        Schedule schedule = null;
        if (scheduled.booleanValue() || settings.schedule() != null) {
            schedule = ScanSettingsRules.schedule(field + ".schedule", settings.schedule(), true); //$NON-NLS-1$
        }
        return new UpdateSettings(afterDownload, onRestart, scheduled, schedule);
    }

    static UpdateSources sources(String field, UpdateSources sources) throws ApiException {
        if (sources == null) {
            return null;
        }
        String mode = FieldChecks.oneOf(field + ".mode", sources.mode(), UpdateSources.MODES); //$NON-NLS-1$
        List<UpdateSourceEntry> custom = FieldChecks.each(field + ".custom", sources.custom(), //$NON-NLS-1$
                UpdateSources.MAX_ENTRIES, UpdateRules::entry);
        if (mode.equals(UpdateSources.STANDARD)) {
            FieldChecks.empty(field + ".custom", custom, "the mode is " + UpdateSources.STANDARD); //$NON-NLS-1$ //$NON-NLS-2$
            FieldChecks.absent(field + ".fallbackToServer", sources.fallbackToServer(), //$NON-NLS-1$
                    "agents already update from the server in mode " + UpdateSources.STANDARD); //$NON-NLS-1$
            return UpdateSources.standard();
        }
        FieldChecks.notEmpty(field + ".custom", custom, "the mode is " + UpdateSources.CUSTOM); //$NON-NLS-1$ //$NON-NLS-2$
        Boolean fallback = FieldChecks.required(field + ".fallbackToServer", sources.fallbackToServer()); //$NON-NLS-1$
        return new UpdateSources(mode, custom, fallback);
    }

    private static UpdateSourceEntry entry(String field, UpdateSourceEntry entry) throws ApiException {
        String range = FieldChecks.required(field + ".ipRange", entry.ipRange()); //$NON-NLS-1$
        NetworkSyntax.ipRange(field + ".ipRange", range); //$NON-NLS-1$
        if (entry.url() == null && entry.updateAgentId() == null) {
            throw ApiException.invalid(field + ".url", field //$NON-NLS-1$
                    + " needs a source: a url or an updateAgentId"); //$NON-NLS-1$
        }
        if (entry.url() != null && entry.updateAgentId() != null) {
            throw ApiException.invalid(field + ".updateAgentId", field //$NON-NLS-1$
                    + " has both a url and an updateAgentId; give one source"); //$NON-NLS-1$
        }
        String url = entry.url() == null ? null : NetworkSyntax.url(field + ".url", entry.url()); //$NON-NLS-1$
        String agent = entry.updateAgentId() == null
                ? null
                : NetworkSyntax.agentId(field + ".updateAgentId", entry.updateAgentId()); //$NON-NLS-1$
        return new UpdateSourceEntry(range, url, agent);
    }
}
