package io.bulwark.core.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;

import io.bulwark.client.CertificateNotTrustedException;
import io.bulwark.client.Credentials;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.client.ServerFailureException;
import io.bulwark.client.ServerUnreachableException;
import io.bulwark.core.internal.RegistryStore;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ServerFolder;
import io.bulwark.model.ServerRegistry;
import io.bulwark.protocol.CertificateFingerprint;

/**
 * Logs the command line in to one server. Its certificate is trusted only when its fingerprint was given on the command
 * line or is pinned in the console's server list; an unknown certificate is refused with its fingerprint shown, before
 * the password is sent.
 */
final class ServerLogin {

    /** A server the command line will not talk to; the message says why and what to do. */
    static final class RefusedException extends Exception {
        private static final long serialVersionUID = 1L;

        RefusedException(String message) {
            super(message);
        }
    }

    private ServerLogin() {
    }

    /** The console's server list in its default workspace. */
    static Path defaultRegistry() {
        return Path.of(System.getProperty("user.home"), ".bulwark", "console", ".metadata", ".plugins", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "io.bulwark.core", "servers.xmi"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Opens a server, with the password read through {@code environment} (the process's environment, or a test's).
     *
     * @throws RefusedException
     *             if what was given is refused: address, password, certificate, the login itself
     * @throws ServerException
     *             if the server cannot be reached or fails
     */
    static ServerClient open(String role, String url, String user, UnaryOperator<String> environment,
            String passwordVariable, String fingerprint, String fingerprintOption, Path registry)
            throws RefusedException, ServerException {
        ServerAddress address;
        try {
            address = ServerAddress.parse(url);
        } catch (IllegalArgumentException e) {
            throw new RefusedException(NLS.bind(Messages.ServerLogin_badUrl, new Object[]{role, url, e.getMessage()}));
        }
        String password = environment.apply(passwordVariable);
        if (password == null || password.isEmpty()) {
            throw new RefusedException(NLS.bind(Messages.ServerLogin_noPassword, role, passwordVariable));
        }
        CertificateFingerprint pinned = null;
        if (fingerprint != null) {
            try {
                pinned = CertificateFingerprint.parse(fingerprint);
            } catch (IllegalArgumentException e) {
                throw new RefusedException(
                        NLS.bind(Messages.ServerLogin_badFingerprint, fingerprintOption, fingerprint));
            }
        } else if (address.tls()) {
            pinned = pinnedInRegistry(address, registry);
        }
        ServerClient client = new ServerClient(address, new Credentials(user, password.toCharArray()), pinned);
        try {
            client.login(null);
            return client;
        } catch (CertificateNotTrustedException e) {
            client.close();
            throw new RefusedException(NLS.bind(Messages.ServerLogin_unknownCertificate,
                    new Object[]{role, address, e.presented(), fingerprintOption}));
        } catch (ServerUnreachableException e) {
            client.close();
            throw new ServerUnreachableException(NLS.bind(Messages.ServerLogin_failed, new Object[]{role, address,
                    e.getMessage()}), e);
        } catch (ServerFailureException e) {
            client.close();
            throw e;
        } catch (ServerException e) {
            client.close();
            throw new RefusedException(NLS.bind(Messages.ServerLogin_failed, new Object[]{role, address,
                    e.getMessage()}));
        }
    }

    private static CertificateFingerprint pinnedInRegistry(ServerAddress address, Path registry)
            throws RefusedException {
        Path file = registry != null ? registry : defaultRegistry();
        if (!Files.isRegularFile(file)) {
            return null;
        }
        ServerRegistry servers;
        try {
            servers = RegistryStore.read(file);
        } catch (IOException | RuntimeException e) {
            throw new RefusedException(NLS.bind(Messages.ServerLogin_registryUnreadable, file, e.getMessage()));
        }
        for (ManagementServer server : all(servers)) {
            boolean same = server.isUseTls() && server.getPort() == address.port()
                    && server.getHost() != null && server.getHost().toLowerCase(Locale.ROOT)
                            .equals(address.host().toLowerCase(Locale.ROOT));
            if (same && server.getPinnedFingerprint() != null) {
                try {
                    return CertificateFingerprint.parse(server.getPinnedFingerprint());
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static List<ManagementServer> all(ServerRegistry registry) {
        List<ManagementServer> servers = new ArrayList<>(registry.getServers());
        List<ServerFolder> folders = new ArrayList<>(registry.getFolders());
        while (!folders.isEmpty()) {
            ServerFolder folder = folders.remove(folders.size() - 1);
            servers.addAll(folder.getServers());
            folders.addAll(folder.getFolders());
        }
        return servers;
    }
}
