package io.bulwark.core.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;

import io.bulwark.core.CredentialsException;
import io.bulwark.core.MasterPasswordPrompt;
import io.bulwark.core.ServerCredentials;

/**
 * Where the master password of secure storage comes from: a password file when one is named (tests, the command line,
 * the demo), else the console's {@link MasterPasswordPrompt}, else nowhere, which is an error that says how to provide
 * one.
 * <p>
 * {@link MasterPasswordProvider} runs inside Equinox, which can only report "no password". It records here why, and the
 * credential store reads the reason back to report it.
 */
public final class MasterPasswordSource {

    private final Path passwordFile;
    private final Supplier<MasterPasswordPrompt> prompt;
    private CredentialsException failure;
    private boolean refused;

    /**
     * @param passwordFile
     *            the file holding the master password (its first line), or {@code null} to ask the prompt
     * @param prompt
     *            the prompt service, or a supplier of {@code null} when the console offers none
     */
    public MasterPasswordSource(Path passwordFile, Supplier<MasterPasswordPrompt> prompt) {
        this.passwordFile = passwordFile;
        this.prompt = prompt;
    }

    /**
     * @param creating
     *            whether the storage is new and the password is being chosen
     * @return the master password; the caller clears it after use
     */
    char[] masterPassword(boolean creating) throws CredentialsException {
        if (passwordFile != null) {
            return readPasswordFile();
        }
        MasterPasswordPrompt asker = prompt.get();
        if (asker == null) {
            throw new CredentialsException(NLS.bind(Messages.MasterPasswordSource_none,
                    ServerCredentials.MASTER_PASSWORD_FILE_PROPERTY, ServerCredentials.MASTER_PASSWORD_FILE_VARIABLE));
        }
        char[] password = asker.askMasterPassword(creating);
        if (password == null || password.length == 0) {
            throw new CredentialsException(Messages.MasterPasswordSource_cancelled);
        }
        return password;
    }

    private char[] readPasswordFile() throws CredentialsException {
        if (!Files.exists(passwordFile)) {
            throw new CredentialsException(NLS.bind(Messages.MasterPasswordSource_fileMissing, passwordFile));
        }
        char[] password;
        try {
            password = PasswordFiles.firstLine(passwordFile);
        } catch (IOException e) {
            throw new CredentialsException(
                    NLS.bind(Messages.MasterPasswordSource_fileUnreadable, passwordFile, e.getMessage()), e);
        }
        if (password.length == 0) {
            throw new CredentialsException(NLS.bind(Messages.MasterPasswordSource_fileEmpty, passwordFile));
        }
        return password;
    }

    /** Where the password came from, for messages: the file, or the person at the console. */
    String origin() {
        return passwordFile != null
                ? NLS.bind(Messages.MasterPasswordSource_originFile, passwordFile)
                : Messages.MasterPasswordSource_originPrompt;
    }

    synchronized void recordFailure(CredentialsException reason) {
        failure = reason;
    }

    synchronized void recordRefusal() {
        refused = true;
    }

    /** Clears what earlier calls recorded, before a new storage operation. */
    synchronized void reset() {
        failure = null;
        refused = false;
    }

    /** Why the provider had no password for the last operation, or {@code null}. */
    synchronized CredentialsException failure() {
        return failure;
    }

    /** Whether secure storage refused the password given in the last operation (it is not the one it was made with). */
    synchronized boolean refused() {
        return refused;
    }
}
