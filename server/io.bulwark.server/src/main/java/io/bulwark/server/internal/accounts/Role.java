package io.bulwark.server.internal.accounts;

import java.util.Locale;

/**
 * What an administrator account may do. Stored by {@link #storedName()}, which the schema checks.
 */
public enum Role {
    /** Everything, on the whole server; created on first start. */
    ROOT,
    /** Administration within the domains the account is given. */
    ADMINISTRATOR,
    /** Read-only access. */
    OPERATOR;

    /** @return the name in the {@code account.role} column */
    public String storedName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
