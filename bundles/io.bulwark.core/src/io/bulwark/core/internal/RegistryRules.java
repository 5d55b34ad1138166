package io.bulwark.core.internal;

import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerAddress;
import io.bulwark.core.ServerDetails;
import io.bulwark.core.ServerRegistryException;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ServerFolder;
import io.bulwark.protocol.CertificateFingerprint;

/**
 * The rules a server registry keeps, checked before anything changes: every check either returns the cleaned value or
 * throws a {@link ServerRegistryException} that says what is wrong.
 */
final class RegistryRules {

    private RegistryRules() {
    }

    /**
     * @return the address the details name, with the host stripped of blanks and brackets
     */
    static ServerAddress address(ServerDetails details) throws ServerRegistryException {
        String host = details.host() == null ? "" : details.host().strip(); //$NON-NLS-1$
        if (host.startsWith("[") && host.endsWith("]")) { //$NON-NLS-1$ //$NON-NLS-2$
            host = host.substring(1, host.length() - 1);
        }
        try {
            ServerAddress address = new ServerAddress(details.useTls(), host, details.port());
            if (!address.equals(ServerAddress.parse(address.toString()))) {
                throw new ServerRegistryException(NLS.bind(Messages.RegistryRules_hostInvalid, host));
            }
            return address;
        } catch (IllegalArgumentException e) {
            throw new ServerRegistryException(e.getMessage(), e);
        }
    }

    /** Refuses an address that another server than {@code except} already has. */
    static void checkAddressFree(List<ManagementServer> servers, ServerAddress address, ManagementServer except)
            throws ServerRegistryException {
        for (ManagementServer server : servers) {
            if (server != except && sameAddress(server, address)) {
                throw new ServerRegistryException(
                        NLS.bind(Messages.RegistryRules_addressTaken, hostAndPort(address), server.getName()));
            }
        }
    }

    /** Whether a server listens at an address: same host (ignoring case) and port; one port speaks one protocol. */
    static boolean sameAddress(ManagementServer server, ServerAddress address) {
        return server.getPort() == address.port() && address.host().equalsIgnoreCase(server.getHost());
    }

    static String hostAndPort(ServerAddress address) {
        String host = address.host().indexOf(':') >= 0 ? "[" + address.host() + "]" : address.host(); //$NON-NLS-1$ //$NON-NLS-2$
        return host + ':' + address.port();
    }

    /** The name to show: the given one stripped, or the address when none is given. */
    static String serverName(String name, ServerAddress address) {
        return name == null || name.isBlank() ? address.toString() : name.strip();
    }

    /** A user name stripped, or {@code null} when blank. */
    static String user(String user) {
        return user == null || user.isBlank() ? null : user.strip();
    }

    /**
     * @return the folder name stripped
     * @throws ServerRegistryException
     *             when it is blank or a sibling other than {@code except} has it (ignoring case)
     */
    static String folderName(String name, List<ServerFolder> siblings, ServerFolder except)
            throws ServerRegistryException {
        if (name == null || name.isBlank()) {
            throw new ServerRegistryException(Messages.RegistryRules_folderNameMissing);
        }
        String stripped = name.strip();
        for (ServerFolder sibling : siblings) {
            if (sibling != except && sibling.getName() != null
                    && sibling.getName().toLowerCase(Locale.ROOT).equals(stripped.toLowerCase(Locale.ROOT))) {
                throw new ServerRegistryException(NLS.bind(Messages.RegistryRules_folderNameTaken, stripped));
            }
        }
        return stripped;
    }

    /** Refuses to move a folder into itself or into one of its own folders. */
    static void checkNoCycle(ServerFolder folder, ServerFolder target) throws ServerRegistryException {
        for (EObject at = target; at != null; at = at.eContainer()) {
            if (at == folder) {
                throw new ServerRegistryException(NLS.bind(Messages.RegistryRules_folderCycle, folder.getName(),
                        target.getName()));
            }
        }
    }

    /** @return the fingerprint as colon-separated uppercase hex */
    static String fingerprint(String text) throws ServerRegistryException {
        if (text == null || text.isBlank()) {
            throw new ServerRegistryException(Messages.RegistryRules_fingerprintMissing);
        }
        try {
            return CertificateFingerprint.parse(text).toString();
        } catch (IllegalArgumentException e) {
            throw new ServerRegistryException(NLS.bind(Messages.RegistryRules_fingerprintInvalid, text.strip()), e);
        }
    }
}
