package io.bulwark.server;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import io.bulwark.server.internal.accounts.PasswordHasher;

/**
 * How to start a {@link ManagementServer}, as given on the command line.
 *
 * @param port
 *            the listening port, {@code 0} for any free port
 * @param dataFolder
 *            where the embedded database and the key store live
 * @param rootPassword
 *            the root account's password for the first start, or {@code null} to generate one
 * @param name
 *            the display name, or {@code null} for the stored one (the host name on first start)
 * @param bindAddress
 *            the address to listen on
 * @param plainHttp
 *            serve plain HTTP instead of HTTPS (only when explicitly asked for)
 * @param certValidityYears
 *            validity of the certificate created on first start, 1 to 20 years
 * @param database
 *            the PostgreSQL database to use, or {@code null} for the embedded H2 database in the data folder
 * @param updateSource
 *            the update source to fetch components from, or {@code null} for none (or the simulated one)
 * @param simulatedUpdateSource
 *            run a simulated update source in the server's process (on a free loopback port, its files in the data
 *            folder) and fetch components from it; only without {@code updateSource}
 * @param enrolmentKey
 *            the key agents must present to register, or {@code null} to let any agent register
 * @param relocateTimeoutFloor
 *            the least time an agent told to relocate has to hand in the target's receipt before its move rolls it back
 *            (the timeout is {@value #RELOCATE_TIMEOUT_INTERVALS} of its heartbeat intervals, at least this)
 * @param passwordHashIterations
 *            PBKDF2 iterations of the password hashes the server creates; 0 for
 *            {@value #DEFAULT_PASSWORD_HASH_ITERATIONS}, which current guidance recommends. Fewer only for throwaway
 *            test servers, which create and check passwords all the time
 */
public record ServerOptions(int port, Path dataFolder, char[] rootPassword, String name, String bindAddress,
        boolean plainHttp, int certValidityYears, ExternalDatabase database, URI updateSource,
        boolean simulatedUpdateSource, String enrolmentKey, Duration relocateTimeoutFloor,
        int passwordHashIterations) {

    /** The PBKDF2 iterations of new password hashes unless the options say otherwise. */
    public static final int DEFAULT_PASSWORD_HASH_ITERATIONS = PasswordHasher.ITERATIONS;

    /** The default least time a relocating agent has to hand in its receipt. */
    public static final Duration DEFAULT_RELOCATE_TIMEOUT_FLOOR = Duration.ofMinutes(1);

    /** How many of an agent's heartbeat intervals it has to hand in its receipt after being told to relocate. */
    public static final int RELOCATE_TIMEOUT_INTERVALS = 10;

    /** Takes the default relocate timeout floor and password hash iterations when none are given. */
    public ServerOptions {
        relocateTimeoutFloor = relocateTimeoutFloor == null ? DEFAULT_RELOCATE_TIMEOUT_FLOOR : relocateTimeoutFloor;
        passwordHashIterations = passwordHashIterations == 0
                ? DEFAULT_PASSWORD_HASH_ITERATIONS
                : passwordHashIterations;
    }

    /**
     * Options with the default relocate timeout floor and password hash iterations.
     *
     * @param port
     *            the listening port, {@code 0} for any free port
     * @param dataFolder
     *            where the embedded database and the key store live
     * @param rootPassword
     *            the root account's password for the first start, or {@code null} to generate one
     * @param name
     *            the display name, or {@code null} for the stored one
     * @param bindAddress
     *            the address to listen on
     * @param plainHttp
     *            serve plain HTTP instead of HTTPS
     * @param certValidityYears
     *            validity of the certificate created on first start, 1 to 20 years
     * @param database
     *            the PostgreSQL database to use, or {@code null} for the embedded one
     * @param updateSource
     *            the update source, or {@code null}
     * @param simulatedUpdateSource
     *            run a simulated update source in the server's process
     * @param enrolmentKey
     *            the key agents must present to register, or {@code null}
     */
    public ServerOptions(int port, Path dataFolder, char[] rootPassword, String name, String bindAddress,
            boolean plainHttp, int certValidityYears, ExternalDatabase database, URI updateSource,
            boolean simulatedUpdateSource, String enrolmentKey) {
        this(port, dataFolder, rootPassword, name, bindAddress, plainHttp, certValidityYears, database, updateSource,
                simulatedUpdateSource, enrolmentKey, DEFAULT_RELOCATE_TIMEOUT_FLOOR, DEFAULT_PASSWORD_HASH_ITERATIONS);
    }

    /** The default validity of the server certificate, in years. */
    public static final int DEFAULT_CERT_VALIDITY_YEARS = 5;

    /**
     * Options for a server on this machine only, over HTTPS, with the default certificate validity.
     *
     * @param port
     *            the listening port, {@code 0} for any free port
     * @param dataFolder
     *            where the embedded database and the key store live
     * @return the options
     */
    public static ServerOptions local(int port, Path dataFolder) {
        return new ServerOptions(port, dataFolder, null, null, "127.0.0.1", false, DEFAULT_CERT_VALIDITY_YEARS, //$NON-NLS-1$
                null, null, false, null);
    }

    /** @return the options without the root password and the enrolment key */
    @Override
    public String toString() {
        return "ServerOptions[port=" + port + ", dataFolder=" + dataFolder + ", name=" + name + ", bindAddress=" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                + bindAddress + ", plainHttp=" + plainHttp + ", certValidityYears=" + certValidityYears //$NON-NLS-1$ //$NON-NLS-2$
                + ", database=" + (database == null ? "embedded" : database) + ", updateSource=" + updateSource //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ", simulatedUpdateSource=" + simulatedUpdateSource + ", enrolmentKey=" //$NON-NLS-1$ //$NON-NLS-2$
                + (enrolmentKey == null ? "none" : "set") + ", relocateTimeoutFloor=" + relocateTimeoutFloor //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ", passwordHashIterations=" + passwordHashIterations + "]"; //$NON-NLS-1$ //$NON-NLS-2$
    }
}
