package io.bulwark.server;

import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import io.bulwark.protocol.ApiHeaders;
import io.bulwark.server.internal.accounts.PasswordHasher;
import io.bulwark.server.internal.host.ServerVersion;
import io.bulwark.server.internal.tls.SelfSignedCertificateFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code bulwark-server} command: parses and checks the options, starts a {@link ManagementServer} and stops it
 * cleanly when the process is asked to end (SIGTERM, Ctrl-C). Its subcommand {@code update-source} runs a simulated
 * update source instead ({@link UpdateSourceCommand}).
 */
@Command(name = "bulwark-server", mixinStandardHelpOptions = true, versionProvider = ServerCommand.Version.class, sortOptions = false, description = "Runs a Bulwark management server: one HTTPS port for consoles (/api/v1)"
        + " and agents (/agent/v1), data in one folder.", subcommands = UpdateSourceCommand.class)
public final class ServerCommand implements Callable<Integer> {

    /** The environment variable holding the PostgreSQL password, so it never appears in a process listing. */
    static final String DB_PASSWORD_VARIABLE = "BULWARK_DB_PASSWORD"; //$NON-NLS-1$

    /** An enrolment key travels in an HTTP header, so it is printable ASCII and not too long. */
    private static final int MAX_ENROLMENT_KEY = 256;
    private static final int MAX_RELOCATE_TIMEOUT_FLOOR = 86_400;

    /** Shorter root passwords are accepted (tests and demos use them) but warned about. */
    private static final int RECOMMENDED_PASSWORD_LENGTH = 8;

    @Spec
    private CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "4343", description = "Listening port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "bulwark-data", description = "Data folder: embedded database and certificate (default: ${DEFAULT-VALUE}).")
    private Path dataFolder;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "Keep the data in PostgreSQL instead of the embedded database, e.g."
            + " jdbc:postgresql://HOST:5432/bulwark; the password comes from the environment variable "
            + DB_PASSWORD_VARIABLE + ". The certificate stays in the data folder.")
    private String databaseUrl;

    @Option(names = "--db-user", paramLabel = "USER", description = "PostgreSQL user (default: the one in the URL, else the driver's default).")
    private String databaseUser;

    @Option(names = "--root-password", paramLabel = "PW", description = "Password of the root account, used on first start only; if absent a password is"
            + " generated and printed once.")
    private char[] rootPassword;

    @Option(names = "--name", paramLabel = "NAME", description = "Display name (default: the stored one, on first start the host name).")
    private String name;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    private String bindAddress;

    @Option(names = "--http", description = "Serve plain HTTP instead of HTTPS. Only for trusted networks.")
    private boolean plainHttp;

    @Option(names = "--cert-validity-years", paramLabel = "N", defaultValue = "5", description = "Validity of the certificate created on first start, 1-20 years (default: ${DEFAULT-VALUE}).")
    private int certValidityYears;

    @Option(names = "--update-source", paramLabel = "URL", description = "Update source to fetch components from (its manifest is URL/manifest.json),"
            + " e.g. one started with 'bulwark-server update-source'.")
    private URI updateSource;

    @Option(names = "--simulated-update-source", description = "Run a simulated update source inside this server, on a free loopback port with its"
            + " files in the data folder, and fetch components from it.")
    private boolean simulatedUpdateSource;

    @Option(names = "--enroll-key", paramLabel = "KEY", description = "Only agents that present this enrolment key may register (header "
            + ApiHeaders.ENROLMENT_KEY + "); default: any agent may.")
    private String enrolmentKey;

    @Option(names = "--relocate-timeout-floor", paramLabel = "SECONDS", defaultValue = "60", description = "The least time an agent told to relocate has to hand in the target's receipt"
            + " before its move rolls it back, if it keeps heartbeating this server; the timeout is 10 of the agent's heartbeat intervals, at least this (default: ${DEFAULT-VALUE}).")
    private int relocateTimeoutFloorSeconds;

    @Option(names = "--password-hash-iterations", paramLabel = "N", defaultValue = ""
            + PasswordHasher.ITERATIONS, description = "PBKDF2 iterations of the password hashes this server creates, "
                    + PasswordHasher.MIN_ITERATIONS + " to " + PasswordHasher.MAX_ITERATIONS
                    + " (default: ${DEFAULT-VALUE}, as current guidance recommends)."
                    + " Fewer only for throwaway test servers: the hashes are what protects passwords in a stolen database.")
    private int passwordHashIterations;

    private ManagementServer running;

    @Override
    public Integer call() {
        ServerOptions options = checkedOptions();
        PrintStream console = System.out;
        try {
            ManagementServer server = ManagementServer.start(options, console);
            Runtime.getRuntime().addShutdownHook(new Thread(server::close, "bulwark-shutdown")); //$NON-NLS-1$
            running = server;
            server.announce(console);
            return 0;
        } catch (ServerStartException e) {
            System.err.println("bulwark-server: cannot start: " + e.getMessage()); //$NON-NLS-1$
            return 1;
        }
    }

    private ServerOptions checkedOptions() {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be 0 to 65535, was " + port); //$NON-NLS-1$
        }
        if (certValidityYears < SelfSignedCertificateFactory.MIN_VALIDITY_YEARS
                || certValidityYears > SelfSignedCertificateFactory.MAX_VALIDITY_YEARS) {
            throw new ParameterException(spec.commandLine(),
                    "--cert-validity-years must be " + SelfSignedCertificateFactory.MIN_VALIDITY_YEARS + " to " //$NON-NLS-1$ //$NON-NLS-2$
                            + SelfSignedCertificateFactory.MAX_VALIDITY_YEARS + " years, was " + certValidityYears); //$NON-NLS-1$
        }
        if (name != null && name.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--name must not be blank"); //$NON-NLS-1$
        }
        if (rootPassword != null && rootPassword.length == 0) {
            throw new ParameterException(spec.commandLine(), "--root-password must not be empty"); //$NON-NLS-1$
        }
        if (rootPassword != null && rootPassword.length < RECOMMENDED_PASSWORD_LENGTH) {
            spec.commandLine().getErr().println("warning: the root password is shorter than " //$NON-NLS-1$
                    + RECOMMENDED_PASSWORD_LENGTH + " characters; use a longer one outside tests and demos"); //$NON-NLS-1$
        }
        if (enrolmentKey != null && (enrolmentKey.isBlank() || enrolmentKey.length() > MAX_ENROLMENT_KEY
                || !enrolmentKey.chars().allMatch(c -> c > 32 && c < 127))) {
            throw new ParameterException(spec.commandLine(), "--enroll-key must be 1 to " + MAX_ENROLMENT_KEY //$NON-NLS-1$
                    + " printable ASCII characters without spaces"); //$NON-NLS-1$
        }
        if (relocateTimeoutFloorSeconds < 1 || relocateTimeoutFloorSeconds > MAX_RELOCATE_TIMEOUT_FLOOR) {
            throw new ParameterException(spec.commandLine(), "--relocate-timeout-floor must be 1 to " //$NON-NLS-1$
                    + MAX_RELOCATE_TIMEOUT_FLOOR + " seconds, was " + relocateTimeoutFloorSeconds); //$NON-NLS-1$
        }
        if (passwordHashIterations < PasswordHasher.MIN_ITERATIONS
                || passwordHashIterations > PasswordHasher.MAX_ITERATIONS) {
            throw new ParameterException(spec.commandLine(), "--password-hash-iterations must be " //$NON-NLS-1$
                    + PasswordHasher.MIN_ITERATIONS + " to " + PasswordHasher.MAX_ITERATIONS + ", was " //$NON-NLS-1$ //$NON-NLS-2$
                    + passwordHashIterations);
        }
        if (passwordHashIterations < PasswordHasher.ITERATIONS) {
            spec.commandLine().getErr().println("warning: password hashes with fewer than " + PasswordHasher.ITERATIONS //$NON-NLS-1$
                    + " iterations are for throwaway test servers only"); //$NON-NLS-1$
        }
        return new ServerOptions(port, dataFolder, rootPassword, name == null ? null : name.strip(), bindAddress,
                plainHttp, certValidityYears, checkedDatabase(), checkedUpdateSource(), simulatedUpdateSource,
                enrolmentKey, Duration.ofSeconds(relocateTimeoutFloorSeconds), passwordHashIterations);
    }

    private URI checkedUpdateSource() {
        if (updateSource == null) {
            return null;
        }
        if (simulatedUpdateSource) {
            throw new ParameterException(spec.commandLine(),
                    "Give either --update-source or --simulated-update-source, not both"); //$NON-NLS-1$
        }
        String scheme = updateSource.getScheme();
        if (!("http".equals(scheme) || "https".equals(scheme)) || updateSource.getHost() == null //$NON-NLS-1$ //$NON-NLS-2$
                || updateSource.getQuery() != null || updateSource.getFragment() != null) {
            throw new ParameterException(spec.commandLine(),
                    "--update-source must be an http or https URL without query, e.g. http://127.0.0.1:8081/, was " //$NON-NLS-1$
                            + updateSource);
        }
        return updateSource;
    }

    private ExternalDatabase checkedDatabase() {
        if (databaseUrl == null) {
            if (databaseUser != null) {
                throw new ParameterException(spec.commandLine(), "--db-user needs --db"); //$NON-NLS-1$
            }
            return null;
        }
        if (!ExternalDatabase.isSupported(databaseUrl)) {
            throw new ParameterException(spec.commandLine(), "--db must be a PostgreSQL JDBC URL starting with " //$NON-NLS-1$
                    + ExternalDatabase.URL_PREFIX + " (e.g. jdbc:postgresql://localhost:5432/bulwark), was " //$NON-NLS-1$
                    + withoutParameters(databaseUrl)
                    + "; leave --db out to use the embedded database in the data folder"); //$NON-NLS-1$
        }
        if (databaseUser != null && databaseUser.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--db-user must not be blank"); //$NON-NLS-1$
        }
        String password = System.getenv(DB_PASSWORD_VARIABLE);
        return new ExternalDatabase(databaseUrl, databaseUser, password == null ? null : password.toCharArray());
    }

    /**
     * Runs the command. The process keeps running while the server serves and ends with a non-zero status if the
     * options are wrong or the server cannot start.
     *
     * @param args
     *            the command line
     */
    public static void main(String[] args) {
        ServerCommand command = new ServerCommand();
        CommandLine commandLine = new CommandLine(command);
        int status = commandLine.execute(args);
        UpdateSourceCommand source = commandLine.getSubcommands().get(UpdateSourceCommand.NAME).getCommand();
        if (command.running == null && !source.isRunning()) {
            System.exit(status);
        }
    }

    /** Supplies {@code --version} from the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"bulwark-server " + ServerVersion.current()}; //$NON-NLS-1$
        }
    }

    /** A refused JDBC URL as it may be echoed: parameters ({@code ?...} or {@code ;...}) can hold a password. */
    private static String withoutParameters(String jdbcUrl) {
        int end = jdbcUrl.length();
        for (char separator : new char[]{'?', ';'}) {
            int at = jdbcUrl.indexOf(separator);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        return jdbcUrl.substring(0, end);
    }
}
