package io.bulwark.server.internal.settings;

import java.time.Instant;

import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.server.internal.accounts.PasswordHash;

/**
 * One scope's row of the {@code policy} table, or the empty state of a scope that never set anything.
 *
 * @param version
 *            its version; 0 if never written
 * @param settings
 *            its own settings
 * @param unloadPassword
 *            the hash of its unload/uninstall password, or {@code null}
 * @param changedAt
 *            when it was last written, or {@code null}
 * @param changedBy
 *            who last wrote it, or {@code null}
 */
record StoredPolicy(long version, PolicySettings settings, PasswordHash unloadPassword, Instant changedAt,
        String changedBy) {

    /** @return the state of a domain or agent that never set anything: inherits every group */
    static StoredPolicy none() {
        return new StoredPolicy(0, PolicySettings.inheritAll(), null, null, null);
    }
}
