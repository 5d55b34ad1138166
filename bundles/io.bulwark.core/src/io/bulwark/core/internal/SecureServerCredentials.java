package io.bulwark.core.internal;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.equinox.security.storage.EncodingUtils;
import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import io.bulwark.core.CredentialsException;
import io.bulwark.core.MasterPasswordPrompt;
import io.bulwark.core.ServerCredentials;
import io.bulwark.model.ManagementServer;

/**
 * Server passwords in Equinox secure storage, encrypted with the master password of {@link MasterPasswordProvider}: one
 * node per server id under {@value #SERVERS_NODE}, holding the password under {@value #PASSWORD_KEY}. The storage file
 * is written after every change.
 * <p>
 * Safe to call from any thread; the storage is opened on first use. Storing and reading a password are serialised,
 * since they may wait for the person to type the master password; {@link #hasPassword} and {@link #forget} never need
 * it and do not wait for them.
 */
@Component(service = ServerCredentials.class)
public class SecureServerCredentials implements ServerCredentials {

    static final String SERVERS_NODE = "/io.bulwark/servers"; //$NON-NLS-1$
    static final String PASSWORD_KEY = "password"; //$NON-NLS-1$
    private static final String STORAGE_FILE_NAME = "secure_storage"; //$NON-NLS-1$

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile MasterPasswordPrompt prompt;

    private Path storageFile;
    private MasterPasswordSource source;
    private String unavailable;
    private ISecurePreferences storage;

    /** For DS. */
    public SecureServerCredentials() {
    }

    /** Credentials in a storage file, unlocked by the master password of a source. */
    public SecureServerCredentials(Path storageFile, MasterPasswordSource source) {
        this.storageFile = storageFile.toAbsolutePath();
        this.source = source;
    }

    @Activate
    void activate(BundleContext context) {
        source = new MasterPasswordSource(
                StateFiles.named(context, MASTER_PASSWORD_FILE_PROPERTY, MASTER_PASSWORD_FILE_VARIABLE), () -> prompt);
        try {
            storageFile = StateFiles.resolve(context, STORAGE_FILE_PROPERTY, STORAGE_FILE_NAME);
        } catch (IllegalStateException e) {
            unavailable = NLS.bind(Messages.SecureServerCredentials_noStateLocation, STORAGE_FILE_PROPERTY);
        }
    }

    @Override
    public synchronized void storePassword(ManagementServer server, char[] password) throws CredentialsException {
        if (password == null || password.length == 0) {
            throw new CredentialsException(NLS.bind(Messages.SecureServerCredentials_passwordEmpty, server.getName()));
        }
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            source.reset();
            ISecurePreferences node = node(server);
            node.putByteArray(PASSWORD_KEY, bytes, true);
            if (!node.isEncrypted(PASSWORD_KEY)) {
                node.remove(PASSWORD_KEY);
                throw new StorageException(StorageException.NO_PASSWORD, Messages.MasterPasswordSource_cancelled);
            }
            flush();
        } catch (StorageException e) {
            throw translate(e);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    @Override
    public synchronized char[] password(ManagementServer server) throws CredentialsException {
        if (!hasPassword(server)) {
            return null;
        }
        try {
            source.reset();
            byte[] bytes = node(server).getByteArray(PASSWORD_KEY, null);
            if (bytes == null) {
                return null;
            }
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(bytes));
            char[] password = new char[chars.remaining()];
            chars.get(password);
            Arrays.fill(chars.array(), '\0');
            Arrays.fill(bytes, (byte) 0);
            return password;
        } catch (StorageException e) {
            throw translate(e);
        }
    }

    @Override
    public boolean hasPassword(ManagementServer server) throws CredentialsException {
        String path = nodePath(server);
        ISecurePreferences root = storage();
        return root.nodeExists(path) && Arrays.asList(root.node(path).keys()).contains(PASSWORD_KEY);
    }

    @Override
    public void forget(ManagementServer server) throws CredentialsException {
        String path = nodePath(server);
        ISecurePreferences root = storage();
        if (root.nodeExists(path)) {
            root.node(path).removeNode();
            flush();
        }
    }

    private ISecurePreferences node(ManagementServer server) throws CredentialsException {
        return storage().node(nodePath(server));
    }

    private static String nodePath(ManagementServer server) {
        return SERVERS_NODE + '/' + EncodingUtils.encodeSlashes(server.getId());
    }

    private synchronized ISecurePreferences storage() throws CredentialsException {
        if (storage != null) {
            return storage;
        }
        if (unavailable != null) {
            throw new CredentialsException(unavailable);
        }
        Map<Object, Object> options = new HashMap<>();
        options.put(IProviderHints.REQUIRED_MODULE_ID, MasterPasswordProvider.MODULE_ID);
        options.put(IProviderHints.PROMPT_USER, Boolean.TRUE);
        options.put(MasterPasswordProvider.SOURCE_OPTION, source);
        try {
            storage = SecurePreferencesFactory.open(fileUrl(storageFile), options);
        } catch (IOException e) {
            throw new CredentialsException(
                    NLS.bind(Messages.SecureServerCredentials_openFailed, storageFile, e.getMessage()), e);
        }
        return storage;
    }

    /**
     * A file URL without %-escapes, as Equinox secure storage expects: it turns the URL's path back into a file as is,
     * so the escaping {@code Path.toUri()} does would break paths with spaces. Hence the deprecated constructor.
     */
    @SuppressWarnings("deprecation")
    private static URL fileUrl(Path file) throws CredentialsException {
        try {
            return new URL("file", "", file.toAbsolutePath().toString()); //$NON-NLS-1$ //$NON-NLS-2$
        } catch (MalformedURLException e) {
            throw new CredentialsException(NLS.bind(Messages.SecureServerCredentials_openFailed, file, e.getMessage()),
                    e);
        }
    }

    private void flush() throws CredentialsException {
        try {
            storage.flush();
        } catch (IOException e) {
            throw new CredentialsException(
                    NLS.bind(Messages.SecureServerCredentials_writeFailed, storageFile, e.getMessage()), e);
        }
    }

    private CredentialsException translate(StorageException e) {
        CredentialsException reason = source.failure();
        if (reason != null) {
            return reason;
        }
        if (source.refused()) {
            return new CredentialsException(
                    NLS.bind(Messages.SecureServerCredentials_wrongMasterPassword, source.origin(), storageFile), e);
        }
        return new CredentialsException(NLS.bind(Messages.SecureServerCredentials_failed, storageFile, e.getMessage()),
                e);
    }
}
