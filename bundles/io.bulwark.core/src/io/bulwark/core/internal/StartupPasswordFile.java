package io.bulwark.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.osgi.util.NLS;

import io.bulwark.core.CredentialsException;
import io.bulwark.core.ServerCredentials;
import io.bulwark.model.ManagementServer;

/**
 * The password file of the start-up list ({@link ServerCredentials#STARTUP_PASSWORD_FILE_PROPERTY}): its first line is
 * stored in secure storage for a start-up server that has no password yet, so that the console connects unattended. A
 * stored password is never replaced by it. The file is read when a password is needed, not kept in memory.
 */
public final class StartupPasswordFile {

    private final Path file;

    /**
     * @param file
     *            the file, or {@code null} when none is named
     */
    public StartupPasswordFile(Path file) {
        this.file = file;
    }

    /** @return whether a file is named */
    public boolean isNamed() {
        return file != null;
    }

    /**
     * The password to log in to a start-up server with: the one stored, else the file's, stored first.
     *
     * @return the password (the caller clears it after use), or {@code null} when none is stored and no file is named
     * @throws CredentialsException
     *             when the file is missing, unreadable or empty, or the password cannot be stored; nothing is stored
     *             then
     */
    public char[] passwordFor(ManagementServer server, ServerCredentials credentials) throws CredentialsException {
        char[] stored = credentials.password(server);
        if (stored != null || file == null) {
            return stored;
        }
        char[] password = read();
        try {
            credentials.storePassword(server, password);
        } catch (CredentialsException e) {
            Arrays.fill(password, '\0');
            throw e;
        }
        return password;
    }

    private char[] read() throws CredentialsException {
        String property = ServerCredentials.STARTUP_PASSWORD_FILE_PROPERTY;
        if (!Files.isRegularFile(file)) {
            throw new CredentialsException(NLS.bind(Messages.StartupPasswordFile_missing, file, property));
        }
        char[] password;
        try {
            password = PasswordFiles.firstLine(file);
        } catch (IOException e) {
            throw new CredentialsException(
                    NLS.bind(Messages.StartupPasswordFile_unreadable, new Object[]{file, property, e.getMessage()}), e);
        }
        if (password.length == 0) {
            throw new CredentialsException(NLS.bind(Messages.StartupPasswordFile_empty, file, property));
        }
        return password;
    }
}
