package io.bulwark.model.internal.settings;

import static io.bulwark.protocol.settings.NetworkSyntax.rangeOrNull;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.osgi.util.NLS;

import io.bulwark.model.settings.SettingsPackage.Literals;
import io.bulwark.model.settings.UpdateSettings;
import io.bulwark.model.settings.UpdateSourceEntry;
import io.bulwark.model.settings.UpdateSourceMode;
import io.bulwark.model.settings.UpdateSources;
import io.bulwark.protocol.IpRange;

/**
 * The server's rules for update settings and update sources. Overlapping ranges of a custom list are accepted, as on
 * the server, but warned about: an agent in both uses the first matching entry, which is rarely what was meant.
 */
public final class UpdateRules {

    private UpdateRules() {
    }

    /** A scheduled update needs a schedule. */
    public static boolean check(UpdateSettings settings, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        if (settings.isScheduled() && settings.getSchedule() == null) {
            problems.error(settings, Literals.UPDATE_SETTINGS__SCHEDULE, Messages.UpdateSettings_scheduleMissing);
        }
        return problems.valid();
    }

    /** Standard: no list, no fallback. Custom: 1 to 1000 entries and a fallback choice. Overlaps are warned about. */
    public static boolean check(UpdateSources sources, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        List<UpdateSourceEntry> entries = sources.getCustom();
        if (sources.getMode() == UpdateSourceMode.STANDARD) {
            if (!entries.isEmpty()) {
                problems.error(sources, Literals.UPDATE_SOURCES__CUSTOM, Messages.UpdateSources_customNotUsed);
            }
            if (sources.isSetFallbackToServer()) {
                problems.error(sources, Literals.UPDATE_SOURCES__FALLBACK_TO_SERVER,
                        Messages.UpdateSources_fallbackNotUsed);
            }
            return problems.valid();
        }
        if (entries.isEmpty()) {
            problems.error(sources, Literals.UPDATE_SOURCES__CUSTOM, Messages.UpdateSources_customMissing);
        }
        ListChecks.size(problems, sources, Literals.UPDATE_SOURCES__CUSTOM, entries.size(),
                io.bulwark.protocol.settings.UpdateSources.MAX_ENTRIES);
        if (!sources.isSetFallbackToServer()) {
            problems.error(sources, Literals.UPDATE_SOURCES__FALLBACK_TO_SERVER,
                    Messages.UpdateSources_fallbackMissing);
        }
        overlaps(problems, entries);
        return problems.valid();
    }

    /** Warns at each entry whose range overlaps an earlier entry's, naming both ranges. */
    private static void overlaps(Problems problems, List<UpdateSourceEntry> entries) {
        IpRange[] ranges = new IpRange[entries.size()];
        for (int i = 0; i < ranges.length; i++) {
            ranges[i] = rangeOrNull(entries.get(i).getIpRange());
        }
        for (int i = 1; i < ranges.length; i++) {
            for (int j = 0; ranges[i] != null && j < i; j++) {
                if (ranges[j] != null && ranges[i].overlaps(ranges[j])) {
                    problems.warning(entries.get(i), Literals.UPDATE_SOURCE_ENTRY__IP_RANGE,
                            NLS.bind(Messages.UpdateSources_overlap, new Object[]{ranges[i], Integer.valueOf(i + 1),
                                    ranges[j], Integer.valueOf(j + 1)}),
                            entries.get(j));
                    break;
                }
            }
        }
    }

    /** A valid range, and exactly one source: a URL or an update agent. */
    public static boolean check(UpdateSourceEntry entry, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        String range = NetworkSyntax.ipRange(entry.getIpRange());
        if (range != null) {
            problems.error(entry, Literals.UPDATE_SOURCE_ENTRY__IP_RANGE, range);
        }
        if (entry.getUrl() == null && entry.getUpdateAgentId() == null) {
            problems.error(entry, Literals.UPDATE_SOURCE_ENTRY__URL, Messages.UpdateSourceEntry_sourceMissing);
        } else if (entry.getUrl() != null && entry.getUpdateAgentId() != null) {
            problems.error(entry, Literals.UPDATE_SOURCE_ENTRY__UPDATE_AGENT_ID, Messages.UpdateSourceEntry_twoSources);
        }
        String url = entry.getUrl() == null ? null : NetworkSyntax.url(entry.getUrl());
        if (url != null) {
            problems.error(entry, Literals.UPDATE_SOURCE_ENTRY__URL, url);
        }
        String agent = entry.getUpdateAgentId() == null ? null : NetworkSyntax.agentId(entry.getUpdateAgentId());
        if (agent != null) {
            problems.error(entry, Literals.UPDATE_SOURCE_ENTRY__UPDATE_AGENT_ID, agent);
        }
        return problems.valid();
    }
}
