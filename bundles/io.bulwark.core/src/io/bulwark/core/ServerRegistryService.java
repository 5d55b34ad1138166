package io.bulwark.core;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;

import io.bulwark.client.ServerAddress;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ServerFolder;
import io.bulwark.model.ServerRegistry;

/**
 * The management servers this console knows, arranged in folders, as one live EMF model that parts and jobs observe.
 * <p>
 * <b>Threads.</b> The model is not thread-safe. Callers read it and call every method of this service on the thread of
 * the console's model executor (DESIGN §1: the UI thread in the console, one plain thread in the command line and in
 * tests). The service owns no threads and does not switch threads itself.
 * <p>
 * <b>Changes.</b> Every change method checks its input first: bad input (a blank host, a port out of range, an address
 * already registered, a folder cycle, a folder name already used among its siblings) is refused with a
 * {@link ServerRegistryException} whose message says why, and nothing changes. A change that passes is saved to disk at
 * once (see {@link #REGISTRY_FILE_PROPERTY}); if saving fails the change is undone and reported the same way. Changes
 * made directly to the model's saved attributes (for instance a server's reported version) are saved too. Transient
 * state (connection state, agent trees) is never saved.
 */
public interface ServerRegistryService {

    /**
     * Framework property holding servers to list at start-up: entries separated by commas or line breaks, each
     * {@code [NAME=]ADDRESS[;fingerprint=FINGERPRINT][;user=USER]} with the address in any form
     * {@link ServerAddress#parse(String)} accepts. The demo, the tests and scripts start the console with it. Servers
     * already registered (same address) are not added again. A fingerprint is pinned when the server has no pin yet; a
     * different pin already in place is kept (only the administrator replaces a pin) and the difference is logged. A
     * user is set when the server has none. An entry that cannot be read is logged with the reason and skipped.
     * Passwords never travel in this list: see {@link ServerCredentials#STARTUP_PASSWORD_FILE_PROPERTY}.
     */
    String STARTUP_SERVERS_PROPERTY = "bulwark.servers"; //$NON-NLS-1$

    /**
     * Environment variable read like {@link #STARTUP_SERVERS_PROPERTY} when that property is not set; it carries names
     * with spaces through start scripts without quoting trouble.
     */
    String STARTUP_SERVERS_VARIABLE = "BULWARK_SERVERS"; //$NON-NLS-1$

    /**
     * Framework or system property naming the file the registry is saved in (XMI); by default {@code servers.xmi} in
     * the core bundle's state location of the console's workspace. The previous good copy is kept beside it with the
     * suffix {@code .bak}.
     */
    String REGISTRY_FILE_PROPERTY = "bulwark.registryFile"; //$NON-NLS-1$

    /** The root of the server model; the same instance for the lifetime of the service. */
    ServerRegistry getRegistry();

    /**
     * How reading the saved registry went at start-up: OK, or an error that names the file that could not be read,
     * where it was kept aside and which copy the registry started from instead.
     */
    IStatus getLoadStatus();

    /**
     * The servers the start-up list named, in its order, as far as they are still registered; empty when the console
     * was started without a list.
     */
    List<ManagementServer> startupServers();

    /** Every registered server, in folders or not, in the order a tree shows them (folders first, depth first). */
    List<ManagementServer> allServers();

    /** The registered server at an address (same host and port), or {@code null}. */
    ManagementServer findServer(ServerAddress address);

    /** The registered server with an id, or {@code null}. */
    ManagementServer findServerById(String id);

    /**
     * Registers a server.
     *
     * @param folder
     *            the folder to put it in, or {@code null} for the top level
     * @return the new server, disconnected, with a new stable id
     * @throws ServerRegistryException
     *             when a detail is invalid or a server with the same address is already registered
     */
    ManagementServer addServer(ServerDetails details, ServerFolder folder) throws ServerRegistryException;

    /**
     * Changes a server's name, address, TLS choice and user. Its id, folder, pinned certificate and stored password
     * stay.
     *
     * @throws ServerRegistryException
     *             when a detail is invalid or another server already has the new address
     */
    void editServer(ManagementServer server, ServerDetails details) throws ServerRegistryException;

    /** Removes a server from the registry and forgets its stored password. */
    void removeServer(ManagementServer server) throws ServerRegistryException;

    /**
     * Creates a folder.
     *
     * @param parent
     *            the folder to create it in, or {@code null} for the top level
     * @throws ServerRegistryException
     *             when the name is blank or a sibling folder already has it (names compare ignoring case)
     */
    ServerFolder createFolder(String name, ServerFolder parent) throws ServerRegistryException;

    /** Renames a folder; refused like {@link #createFolder(String, ServerFolder)}. */
    void renameFolder(ServerFolder folder, String name) throws ServerRegistryException;

    /**
     * Deletes a folder. Only an empty folder can be deleted: a folder that still holds servers or folders is refused,
     * so that no server is ever removed or rearranged as a side effect; move its content first.
     */
    void deleteFolder(ServerFolder folder) throws ServerRegistryException;

    /**
     * Moves a server into a folder.
     *
     * @param target
     *            the folder, or {@code null} for the top level
     */
    void moveServer(ManagementServer server, ServerFolder target) throws ServerRegistryException;

    /**
     * Moves a folder, with everything in it, into another folder.
     *
     * @param target
     *            the new parent folder, or {@code null} for the top level
     * @throws ServerRegistryException
     *             when the target is the folder itself or inside it, or a sibling there has the same name
     */
    void moveFolder(ServerFolder folder, ServerFolder target) throws ServerRegistryException;

    /**
     * Pins the certificate fingerprint an administrator confirmed on first contact. Pinning the fingerprint already
     * pinned changes nothing.
     *
     * @param fingerprint
     *            SHA-256 fingerprint, hex with or without colons; saved as colon-separated uppercase hex
     * @throws ServerRegistryException
     *             when the text is not a SHA-256 fingerprint, or another fingerprint is already pinned (replacing it
     *             takes {@link #replacePinnedCertificate(ManagementServer, String)})
     */
    void pinCertificate(ManagementServer server, String fingerprint) throws ServerRegistryException;

    /**
     * Replaces the pinned fingerprint after the administrator explicitly accepted a server's new certificate. The only
     * way a pin changes.
     *
     * @throws ServerRegistryException
     *             when the text is not a SHA-256 fingerprint
     */
    void replacePinnedCertificate(ManagementServer server, String fingerprint) throws ServerRegistryException;

    /**
     * Writes the server list (folders, names, addresses, users, pinned fingerprints; never passwords) as JSON, written
     * atomically.
     */
    void exportServers(Path file) throws ServerRegistryException;

    /**
     * Adds the servers and folders of an exported list. Folders merge by name with existing ones at the same place;
     * servers whose address is already registered are reported, not added twice. Every entry is checked first: on any
     * invalid entry the error names it and says why, and nothing changes.
     */
    ImportReport importServers(Path file) throws ServerRegistryException;
}
