package io.bulwark.core;

import io.bulwark.model.ManagementServer;

/**
 * The passwords the console logs in to its servers with, kept encrypted in Equinox secure storage: one node per server
 * id. The user name is not a secret and lives in the model ({@link ManagementServer#getUser()}); a password is never
 * put in the model, in preferences or in an exported server list.
 * <p>
 * Secure storage is encrypted with a master password that the console's own provider takes from the file named by
 * {@link #MASTER_PASSWORD_FILE_PROPERTY} or {@link #MASTER_PASSWORD_FILE_VARIABLE} (for tests and the command line), or
 * else asks for through the {@link MasterPasswordPrompt} service. The operating system's keyring is never used.
 * <p>
 * {@link #storePassword} and {@link #password} may block until the person has typed the master password (once per
 * session); call them from a job rather than while the UI thread waits for another thread that uses them.
 */
public interface ServerCredentials {

    /** Framework or system property naming a file whose content is the master password. */
    String MASTER_PASSWORD_FILE_PROPERTY = "bulwark.masterPasswordFile"; //$NON-NLS-1$

    /** Environment variable read like {@link #MASTER_PASSWORD_FILE_PROPERTY} when that property is not set. */
    String MASTER_PASSWORD_FILE_VARIABLE = "BULWARK_MASTER_PASSWORD_FILE"; //$NON-NLS-1$

    /**
     * Framework or system property naming the secure storage file; by default it is {@code secure_storage} in the core
     * bundle's state location of the console's workspace.
     */
    String STORAGE_FILE_PROPERTY = "bulwark.secureStorageFile"; //$NON-NLS-1$

    /**
     * Framework or system property naming a file whose first line is the password to store for the servers of the
     * start-up list ({@link ServerRegistryService#startupServers()}) that have none stored yet, so that the demo, tests
     * and scripts set up a console that connects unattended. Passwords never travel on command lines; a password
     * already stored is never replaced by it.
     */
    String STARTUP_PASSWORD_FILE_PROPERTY = "bulwark.startupPasswordFile"; //$NON-NLS-1$

    /** Environment variable read like {@link #STARTUP_PASSWORD_FILE_PROPERTY} when that property is not set. */
    String STARTUP_PASSWORD_FILE_VARIABLE = "BULWARK_STARTUP_PASSWORD_FILE"; //$NON-NLS-1$

    /**
     * Stores (or replaces) the password for a server, encrypted, and writes the storage to disk.
     *
     * @throws CredentialsException
     *             when there is no master password, it is wrong, or the storage cannot be written
     */
    void storePassword(ManagementServer server, char[] password) throws CredentialsException;

    /**
     * @return the stored password of a server, or {@code null} when none is stored; the caller should clear the array
     *         after use
     * @throws CredentialsException
     *             when there is no master password, it is wrong, or the storage cannot be read
     */
    char[] password(ManagementServer server) throws CredentialsException;

    /** Whether a password is stored for a server; needs no master password. */
    boolean hasPassword(ManagementServer server) throws CredentialsException;

    /**
     * Removes whatever is stored for a server, for example when it is removed from the registry. Needs no master
     * password.
     */
    void forget(ManagementServer server) throws CredentialsException;
}
