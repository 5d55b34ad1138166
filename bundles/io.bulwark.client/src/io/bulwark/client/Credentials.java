package io.bulwark.client;

import java.util.Objects;

/**
 * The account a console logs in to a server with. The password is a character array so the caller can clear it when the
 * client is closed; it never appears in {@link #toString()}.
 *
 * @param user
 *            the account's user name
 * @param password
 *            its password
 */
public record Credentials(String user, char[] password) {

    /** Requires both parts. */
    public Credentials {
        Objects.requireNonNull(user, "user"); //$NON-NLS-1$
        Objects.requireNonNull(password, "password"); //$NON-NLS-1$
    }

    /** Keeps the password out of logs and exception messages. */
    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=***]"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
