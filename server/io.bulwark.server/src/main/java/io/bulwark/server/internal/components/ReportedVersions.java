package io.bulwark.server.internal.components;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.WireJson;

/**
 * The component versions an agent reported, as kept in {@code agent.component_versions}: a JSON object mapping each
 * component's name to its version, e.g. {@code {"virus-pattern":18545,"scan-engine":1210}}; a JSON array of
 * {@code {"name":…,"version":…}} objects is read too. Agents report versions as strings, so a version written in
 * decimal digits counts as that number; any other string (e.g. {@code 19.321.00}) counts as unknown.
 */
final class ReportedVersions {

    private static final Pattern DIGITS = Pattern.compile("[0-9]{1,18}"); //$NON-NLS-1$
    private static final WireJson JSON = WireJson.create(WireJson.UnknownMembers.IGNORE);

    private ReportedVersions() {
    }

    /**
     * @param stored
     *            the column's value, or {@code null}
     * @return the versions by name; empty if none were reported or the value cannot be read (then every component
     *         counts as outdated)
     */
    @SuppressWarnings("unchecked")
    static Map<String, Long> parse(String stored) {
        Map<String, Long> versions = new LinkedHashMap<>();
        if (stored == null || stored.isBlank()) {
            return versions;
        }
        byte[] bytes = stored.getBytes(StandardCharsets.UTF_8);
        try {
            if (stored.strip().startsWith("[")) { //$NON-NLS-1$
                for (Object entry : JSON.read(bytes, List.class)) {
                    if (entry instanceof Map<?, ?> one && one.get("name") instanceof String name //$NON-NLS-1$
                            && one.get("version") instanceof Number version) { //$NON-NLS-1$
                        versions.put(name, Long.valueOf(version.longValue()));
                    }
                }
            } else {
                Map<String, Object> read = JSON.read(bytes, Map.class);
                read.forEach((name, version) -> {
                    if (version instanceof Number number) {
                        versions.put(name, Long.valueOf(number.longValue()));
                    } else if (version instanceof String text && DIGITS.matcher(text).matches()) {
                        versions.put(name, Long.valueOf(text));
                    }
                });
            }
        } catch (WireFormatException e) {
            versions.clear();
        }
        return versions;
    }
}
