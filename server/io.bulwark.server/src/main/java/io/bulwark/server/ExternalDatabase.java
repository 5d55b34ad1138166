package io.bulwark.server;

import java.util.Locale;

/**
 * A PostgreSQL database that holds a server's data instead of the embedded H2 database in its data folder, for
 * installations that already run and back up PostgreSQL. The data folder still holds the certificate.
 *
 * @param jdbcUrl
 *            the JDBC URL, {@code jdbc:postgresql://HOST[:PORT]/DATABASE[?...]}
 * @param user
 *            the database user, or {@code null} for the one in the URL or the driver's default
 * @param password
 *            the user's password, or {@code null} for none; never printed
 */
public record ExternalDatabase(String jdbcUrl, String user, char[] password) {

    /** The only URL prefix accepted: PostgreSQL is the one external database the migrations are written for. */
    public static final String URL_PREFIX = "jdbc:postgresql:"; //$NON-NLS-1$

    /**
     * @param jdbcUrl
     *            a JDBC URL given by an administrator
     * @return {@code true} if it names a PostgreSQL database
     */
    public static boolean isSupported(String jdbcUrl) {
        return jdbcUrl != null && jdbcUrl.toLowerCase(Locale.ROOT).startsWith(URL_PREFIX)
                && jdbcUrl.length() > URL_PREFIX.length();
    }

    /**
     * @return the URL without its parameters (which may hold a password), for messages and logs
     */
    public String displayUrl() {
        int parameters = jdbcUrl.indexOf('?');
        return parameters < 0 ? jdbcUrl : jdbcUrl.substring(0, parameters);
    }

    /** @return the URL and user, without the password or the URL's parameters */
    @Override
    public String toString() {
        return "ExternalDatabase[jdbcUrl=" + displayUrl() + ", user=" + user + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
