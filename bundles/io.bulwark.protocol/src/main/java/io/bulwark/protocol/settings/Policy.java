package io.bulwark.protocol.settings;

import java.time.Instant;
import java.util.List;

/**
 * The settings a scope sets itself, as {@code GET /api/v1/policies/…} returns them and {@code PUT} replaces them. The
 * {@code ETag} of the reply is {@link #version()} quoted; a {@code PUT} must send it back in {@code If-Match}.
 *
 * @param scope
 *            whose settings these are
 * @param version
 *            grows by one with each change; 0 for a domain or agent that never set anything
 * @param settings
 *            the scope's own settings; at a domain or agent, absent groups are inherited
 * @param warnings
 *            what an administrator should look at in these settings; empty if nothing
 * @param changedAt
 *            when they were last changed; absent if never
 * @param changedBy
 *            who last changed them; absent if never, or for the defaults the server started with
 */
public record Policy(SettingsScope scope, long version, PolicySettings settings, List<SettingsWarning> warnings,
        Instant changedAt, String changedBy) {
}
