package io.bulwark.protocol.admin;

/**
 * The body of {@code POST /api/v1/sessions}.
 *
 * @param user
 *            the account's user name
 * @param password
 *            its password
 */
public record LoginRequest(String user, String password) {

    /** Keeps the password out of logs and exception messages. */
    @Override
    public String toString() {
        return "LoginRequest[user=" + user + ", password=***]"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
