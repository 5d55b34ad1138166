package io.bulwark.server.internal.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The server's data folder and the fixed layout inside it: {@code db/} for the embedded database, {@code tls/} for the
 * key store, {@code components/} for component files, {@code update-source/} for a simulated update source running in
 * the server's process and {@code backups/} for database backups. Everything a server must keep across restarts lives
 * here, so backing up or moving a server means copying this one folder while it is stopped.
 */
public final class DataFolder {

    private final Path root;

    private DataFolder(Path root) {
        this.root = root;
    }

    /**
     * Opens the folder, creating it and its layout on first start.
     *
     * @param root
     *            the folder given on the command line
     * @return the opened data folder
     * @throws IOException
     *             if the folder cannot be created or is not a folder
     */
    public static DataFolder open(Path root) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IOException("The data folder " + absolute + " is a file, not a folder"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        AtomicFiles.createOwnerOnlyFolder(absolute.resolve("db")); //$NON-NLS-1$
        AtomicFiles.createOwnerOnlyFolder(absolute.resolve("tls")); //$NON-NLS-1$
        AtomicFiles.createOwnerOnlyFolder(absolute.resolve("backups")); //$NON-NLS-1$
        return new DataFolder(absolute);
    }

    /** @return the absolute path of the data folder */
    public Path root() {
        return root;
    }

    /** @return the folder of the embedded database files */
    public Path databaseFolder() {
        return root.resolve("db"); //$NON-NLS-1$
    }

    /** @return the owner-only folder of database backups, which hold password hashes */
    public Path backupFolder() {
        return root.resolve("backups"); //$NON-NLS-1$
    }

    /** @return the owner-only folder of the key store and its password */
    public Path tlsFolder() {
        return root.resolve("tls"); //$NON-NLS-1$
    }

    /** @return the folder of the component files the server distributes */
    public Path componentsFolder() {
        return root.resolve("components"); //$NON-NLS-1$
    }

    /** @return the folder of a simulated update source run in the server's process */
    public Path updateSourceFolder() {
        return root.resolve("update-source"); //$NON-NLS-1$
    }
}
