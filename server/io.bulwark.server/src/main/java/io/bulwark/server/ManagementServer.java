package io.bulwark.server;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.server.internal.ServerServices;
import io.bulwark.server.internal.accounts.PasswordHasher;
import io.bulwark.server.internal.accounts.RootAccountSetup;
import io.bulwark.server.internal.components.source.SimulatedUpdateSource;
import io.bulwark.server.internal.host.LocalHost;
import io.bulwark.server.internal.http.ApiServer;
import io.bulwark.server.internal.storage.DataFolder;
import io.bulwark.server.internal.storage.Database;
import io.bulwark.server.internal.storage.ServerIdentity;
import io.bulwark.server.internal.storage.ServerIdentityStore;
import io.bulwark.server.internal.storage.StorageException;
import io.bulwark.server.internal.tls.SelfSignedCertificateFactory;
import io.bulwark.server.internal.tls.ServerCertificate;
import io.bulwark.server.internal.tls.ServerCertificateStore;

/**
 * A running management server: its data folder opened, its database migrated, its identity and root account created on
 * first start, its certificate loaded (or issued), and its one port serving the API.
 * <p>
 * Started by the command line, and in process by benchmarks. {@link #close()} stops it in the safe order: first the
 * port (no new requests), then the database.
 */
public final class ManagementServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ManagementServer.class);

    private final ServerIdentity identity;
    private final Database database;
    private final ServerServices services;
    private final ApiServer api;
    private final ServerCertificate certificate;
    private final String host;
    private final SimulatedUpdateSource simulatedSource;
    private final AtomicBoolean closed = new AtomicBoolean();

    private ManagementServer(ServerIdentity identity, Database database, ServerServices services, ApiServer api,
            ServerCertificate certificate, String host, SimulatedUpdateSource simulatedSource) {
        this.identity = identity;
        this.database = database;
        this.services = services;
        this.api = api;
        this.certificate = certificate;
        this.host = host;
        this.simulatedSource = simulatedSource;
    }

    /**
     * Starts a server and tells the person starting it what they need: a generated root password (first start only),
     * the URL and the certificate fingerprint, each on its own line of {@code console}.
     *
     * @param options
     *            how to start
     * @param console
     *            where to print the lines for the administrator
     * @return the running server
     * @throws ServerStartException
     *             if anything prevents the server from serving; nothing is left running
     */
    public static ManagementServer start(ServerOptions options, PrintStream console) throws ServerStartException {
        DataFolder folder = openDataFolder(options);
        Database database = openDatabase(folder, options.database());
        SimulatedUpdateSource simulated = null;
        ServerServices services = null;
        try {
            simulated = options.simulatedUpdateSource() ? startSimulatedSource(folder) : null;
            URI updateSource = simulated != null ? simulated.uri() : options.updateSource();
            String hostName = LocalHost.name();
            ServerIdentity identity = new ServerIdentityStore(database).loadOrCreate(options.name(), hostName);
            ServerCertificate certificate = options.plainHttp() ? null : certificate(folder, hostName, options);
            ApiServer[] started = new ApiServer[1];
            services = new ServerServices(database, folder, identity, () -> started[0].port(), Clock.systemUTC(),
                    updateSource, options.enrolmentKey(),
                    new ServerServices.Moves(certificate, options.relocateTimeoutFloor()),
                    new PasswordHasher(options.passwordHashIterations()));
            new RootAccountSetup(services.accounts()).ensureRoot(options.rootPassword(), console);
            started[0] = serve(options, services, certificate);
            ManagementServer server = new ManagementServer(identity, database, services, started[0], certificate,
                    options.bindAddress(), simulated);
            LOG.info("Server {} ({}) serving {} from {}, data in {}", identity.name(), identity.serverId(), //$NON-NLS-1$
                    server.uri(), folder.root(),
                    options.database() == null ? "the embedded database" : options.database().displayUrl()); //$NON-NLS-1$
            return server;
        } catch (SQLException e) {
            closeQuietly(simulated);
            closeQuietly(services, database);
            throw new ServerStartException("Cannot read the server's state from the database: " + e.getMessage(), e); //$NON-NLS-1$
        } catch (IOException e) {
            closeQuietly(simulated);
            closeQuietly(services, database);
            throw new ServerStartException("Cannot use the data folder " + folder.root() + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (GeneralSecurityException e) {
            closeQuietly(simulated);
            closeQuietly(services, database);
            throw new ServerStartException("Cannot read the server certificate's key to sign move receipts with: " //$NON-NLS-1$
                    + e.getMessage(), e);
        } catch (ServerStartException | RuntimeException e) {
            closeQuietly(simulated);
            closeQuietly(services, database);
            throw e;
        }
    }

    private static SimulatedUpdateSource startSimulatedSource(DataFolder folder) throws ServerStartException {
        try {
            return SimulatedUpdateSource.start("127.0.0.1", 0, folder.updateSourceFolder(), //$NON-NLS-1$
                    SimulatedUpdateSource.DEFAULT_KEEP, 0, null);
        } catch (IOException e) {
            throw new ServerStartException("Cannot start the simulated update source in " //$NON-NLS-1$
                    + folder.updateSourceFolder() + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static void closeQuietly(SimulatedUpdateSource source) {
        if (source != null) {
            source.close();
        }
    }

    private static void closeQuietly(ServerServices services, Database database) {
        try {
            if (services != null) {
                services.close();
            }
        } finally {
            database.close();
        }
    }

    private static DataFolder openDataFolder(ServerOptions options) throws ServerStartException {
        try {
            return DataFolder.open(options.dataFolder());
        } catch (IOException e) {
            throw new ServerStartException("Cannot use the data folder " + options.dataFolder() + ": " + e.getMessage(), //$NON-NLS-1$//$NON-NLS-2$
                    e);
        }
    }

    private static Database openDatabase(DataFolder folder, ExternalDatabase external) throws ServerStartException {
        if (external != null) {
            try {
                return Database.openPostgres(external.jdbcUrl(), external.user(), external.password(),
                        external.displayUrl());
            } catch (StorageException e) {
                throw new ServerStartException(e.getMessage() + " (is PostgreSQL running, does the database exist," //$NON-NLS-1$
                        + " are --db-user and " + ServerCommand.DB_PASSWORD_VARIABLE + " right?)", e); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        try {
            return Database.openEmbedded(folder.databaseFolder());
        } catch (StorageException e) {
            throw new ServerStartException(e.getMessage() + " (is another server using this data folder?)", e); //$NON-NLS-1$
        }
    }

    private static ServerCertificate certificate(DataFolder folder, String hostName, ServerOptions options)
            throws ServerStartException {
        ServerCertificateStore store = new ServerCertificateStore(folder.tlsFolder(),
                new SelfSignedCertificateFactory());
        try {
            return store.loadOrCreate(hostName, options.certValidityYears());
        } catch (IOException | GeneralSecurityException e) {
            throw new ServerStartException("Cannot load or create the server certificate in " + folder.tlsFolder() //$NON-NLS-1$
                    + ": " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static ApiServer serve(ServerOptions options, ServerServices services, ServerCertificate certificate)
            throws ServerStartException {
        try {
            return ApiServer.start(options.bindAddress(), options.port(), certificate, services.handler());
        } catch (IOException e) {
            throw new ServerStartException(e.getMessage(), e);
        }
    }

    /**
     * Prints the lines an administrator (or a test harness) waits for, each on its own line: {@code listening on
     * URL} and, over HTTPS, {@code certificate fingerprint SHA-256 AB:CD:…}. Call it once the server can also be
     * stopped cleanly (its shutdown hook is in place), since whoever reads these lines may stop it at once.
     *
     * @param console
     *            where to print
     */
    public void announce(PrintStream console) {
        console.println("listening on " + uri()); //$NON-NLS-1$
        fingerprint().ifPresent(fingerprint -> console.println("certificate fingerprint SHA-256 " + fingerprint)); //$NON-NLS-1$
        if (certificate == null) {
            console.println("warning: plain HTTP; passwords and data travel unencrypted"); //$NON-NLS-1$
        }
        if (simulatedSource != null) {
            console.println("simulated update source on " + simulatedSource.uri()); //$NON-NLS-1$
        }
        console.flush();
    }

    /** @return the port the server listens on */
    public int listeningPort() {
        return api.port();
    }

    /** @return the server's base URL, e.g. {@code https://127.0.0.1:4343} */
    public URI uri() {
        String literal = host.contains(":") ? "[" + host + "]" : host; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return URI.create(api.scheme() + "://" + literal + ":" + listeningPort()); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** @return the SHA-256 fingerprint of the server's certificate, empty when serving plain HTTP */
    public Optional<CertificateFingerprint> fingerprint() {
        return Optional.ofNullable(certificate).map(ServerCertificate::fingerprint);
    }

    /** @return the server's display name */
    public String name() {
        return identity.name();
    }

    /**
     * Stops serving, then closes the database. Safe to call more than once and from a shutdown hook.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            services.endStreams();
            api.close();
        } catch (Exception e) {
            LOG.error("The HTTP connector did not stop cleanly; closing the database anyway", e); //$NON-NLS-1$
        } finally {
            services.close();
            closeQuietly(simulatedSource);
            database.close();
        }
        LOG.info("Server {} stopped", identity.name()); //$NON-NLS-1$
    }
}
