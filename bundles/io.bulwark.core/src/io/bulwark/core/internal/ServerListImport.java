package io.bulwark.core.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.emf.common.util.EList;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerAddress;
import io.bulwark.core.ImportReport;
import io.bulwark.core.ServerDetails;
import io.bulwark.core.ServerRegistryException;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ServerFolder;
import io.bulwark.model.ServerRegistry;

/**
 * An import of a server list, checked completely before it changes anything: {@link #plan} validates every entry and
 * decides which servers are duplicates; {@link #apply(ServerRegistry)} then only adds.
 */
final class ServerListImport {

    /** A folder to merge into or create, and what goes in it. */
    private record PlannedFolder(String name, List<PlannedFolder> folders, List<PlannedServer> servers) {
    }

    /** A server to add. */
    private record PlannedServer(ServerAddress address, String name, String user, String fingerprint) {
    }

    private final List<ManagementServer> known;
    private final Set<String> addresses = new HashSet<>();
    private final List<String> duplicates = new ArrayList<>();
    private PlannedFolder top;
    private int added;

    private ServerListImport(List<ManagementServer> known) {
        this.known = known;
    }

    /**
     * Checks a whole list against the registered servers.
     *
     * @param known
     *            every server registered now
     * @return the import, ready to {@link #apply}
     * @throws ServerRegistryException
     *             naming the first invalid entry and why
     */
    static ServerListImport plan(ServerListFile.Document document, List<ManagementServer> known)
            throws ServerRegistryException {
        ServerListImport planned = new ServerListImport(known);
        planned.top = planned.folder("", null, document.folders(), document.servers()); //$NON-NLS-1$
        return planned;
    }

    /** Adds the planned folders and servers to a registry; cannot fail. */
    ImportReport apply(ServerRegistry registry) {
        added = 0;
        apply(top, registry.getFolders(), registry.getServers());
        return new ImportReport(added, duplicates);
    }

    private PlannedFolder folder(String path, String name, List<ServerListFile.Folder> folders,
            List<ServerListFile.Server> servers) throws ServerRegistryException {
        List<PlannedFolder> plannedFolders = new ArrayList<>();
        Set<String> names = new HashSet<>();
        int index = 0;
        for (ServerListFile.Folder folder : nonNull(folders)) {
            index++;
            String folderName = folder == null ? null : folder.name();
            String folderPath = path.isEmpty() ? String.valueOf(folderName) : path + '/' + folderName;
            if (folderName == null || folderName.isBlank()) {
                throw invalid(folderEntry(index, path),
                        Messages.RegistryRules_folderNameMissing);
            }
            if (!names.add(folderName.strip().toLowerCase(Locale.ROOT))) {
                throw invalid(folderEntry(index, path),
                        NLS.bind(Messages.RegistryRules_folderNameTaken, folderName.strip()));
            }
            plannedFolders.add(folder(folderPath, folderName.strip(), folder.folders(), folder.servers()));
        }
        List<PlannedServer> plannedServers = new ArrayList<>();
        index = 0;
        for (ServerListFile.Server server : nonNull(servers)) {
            index++;
            PlannedServer planned = server(server, entryName(path, index, server));
            if (planned != null) {
                plannedServers.add(planned);
            }
        }
        return new PlannedFolder(name, plannedFolders, plannedServers);
    }

    private static String folderEntry(int index, String path) {
        return path.isEmpty()
                ? NLS.bind(Messages.ServerListImport_folderAtTop, index)
                : NLS.bind(Messages.ServerListImport_folderInFolder, index, path);
    }

    private static String entryName(String path, int index, ServerListFile.Server server) {
        String name = server == null || server.name() == null ? "" : server.name(); //$NON-NLS-1$
        return path.isEmpty()
                ? NLS.bind(Messages.ServerListImport_serverAtTop, index, name)
                : NLS.bind(Messages.ServerListImport_serverInFolder, new Object[]{index, name, path});
    }

    private PlannedServer server(ServerListFile.Server server, String entry) throws ServerRegistryException {
        if (server == null || server.port() == null) {
            throw invalid(entry, Messages.ServerListImport_portMissing);
        }
        boolean tls = server.tls() == null || server.tls();
        ServerAddress address;
        String fingerprint = null;
        try {
            address = RegistryRules
                    .address(new ServerDetails(server.name(), server.host(), server.port(), tls, server.user()));
            if (server.pinnedFingerprint() != null) {
                fingerprint = RegistryRules.fingerprint(server.pinnedFingerprint());
            }
        } catch (ServerRegistryException e) {
            throw invalid(entry, e.getMessage());
        }
        String key = RegistryRules.hostAndPort(address).toLowerCase(Locale.ROOT);
        ManagementServer registered = known.stream().filter(s -> RegistryRules.sameAddress(s, address)).findFirst()
                .orElse(null);
        if (registered != null) {
            duplicates.add(NLS.bind(Messages.ServerListImport_duplicateRegistered,
                    new Object[]{entry, RegistryRules.hostAndPort(address), registered.getName()}));
            return null;
        }
        if (!addresses.add(key)) {
            duplicates.add(
                    NLS.bind(Messages.ServerListImport_duplicateInFile, entry, RegistryRules.hostAndPort(address)));
            return null;
        }
        return new PlannedServer(address, RegistryRules.serverName(server.name(), address),
                RegistryRules.user(server.user()), fingerprint);
    }

    private static ServerRegistryException invalid(String entry, String reason) {
        return new ServerRegistryException(NLS.bind(Messages.ServerListImport_entryInvalid, entry, reason));
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    private void apply(PlannedFolder planned, EList<ServerFolder> folders, EList<ManagementServer> servers) {
        for (PlannedFolder child : planned.folders()) {
            ServerFolder folder = folders.stream().filter(f -> child.name().equalsIgnoreCase(f.getName()))
                    .findFirst().orElse(null);
            if (folder == null) {
                folder = LiveServerRegistry.newFolder(child.name());
                folders.add(folder);
            }
            apply(child, folder.getFolders(), folder.getServers());
        }
        for (PlannedServer server : planned.servers()) {
            ManagementServer created = LiveServerRegistry.newServer(server.address(), server.name(), server.user());
            created.setPinnedFingerprint(server.fingerprint());
            servers.add(created);
            added++;
        }
    }
}
