package io.bulwark.server.internal.tls;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Base64;

import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.server.internal.storage.AtomicFiles;

/**
 * Keeps the server's key and certificate in the data folder's {@code tls/} folder: a PKCS12 key store protected by a
 * random password that sits beside it in an owner-only file. Created on first start and reused on every later start, so
 * the fingerprint clients pinned stays valid.
 */
public final class ServerCertificateStore {

    /** The key store entry holding the server's key and certificate. */
    public static final String ALIAS = "bulwark-server"; //$NON-NLS-1$

    /** The key store's file name inside {@code tls/}. */
    public static final String KEY_STORE_FILE = "server.p12"; //$NON-NLS-1$

    /** The file name of the key store's password inside {@code tls/}. */
    public static final String PASSWORD_FILE = "server.p12.password"; //$NON-NLS-1$

    private static final int PASSWORD_BYTES = 24;

    private final Path folder;
    private final SelfSignedCertificateFactory factory;

    /**
     * @param folder
     *            the owner-only {@code tls/} folder
     * @param factory
     *            issues the certificate on first start
     */
    public ServerCertificateStore(Path folder, SelfSignedCertificateFactory factory) {
        this.folder = folder;
        this.factory = factory;
    }

    /**
     * @return whether a key store exists, i.e. whether {@link #loadOrCreate} will reuse it
     */
    public boolean exists() {
        return Files.exists(folder.resolve(KEY_STORE_FILE));
    }

    /**
     * Loads the stored certificate, or issues and stores one on first start.
     *
     * @param hostName
     *            the host name for a new certificate
     * @param validityYears
     *            the validity of a new certificate; ignored when one exists
     * @return the server's certificate
     * @throws IOException
     *             if the files cannot be read or written
     * @throws GeneralSecurityException
     *             if the key store is damaged or its password does not open it
     */
    public ServerCertificate loadOrCreate(String hostName, int validityYears)
            throws IOException, GeneralSecurityException {
        return exists() ? load() : create(hostName, validityYears);
    }

    private ServerCertificate load() throws IOException, GeneralSecurityException {
        Path passwordFile = folder.resolve(PASSWORD_FILE);
        if (!Files.exists(passwordFile)) {
            throw new IOException("The key store " + folder.resolve(KEY_STORE_FILE) + " exists but its password file " //$NON-NLS-1$ //$NON-NLS-2$
                    + passwordFile + " is missing; restore it from a backup, or delete both files to create a new" //$NON-NLS-1$
                    + " certificate (clients will then see a new fingerprint)"); //$NON-NLS-1$
        }
        char[] password = Files.readString(passwordFile, StandardCharsets.US_ASCII).strip().toCharArray();
        KeyStore keyStore = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
        try (var in = Files.newInputStream(folder.resolve(KEY_STORE_FILE))) {
            keyStore.load(in, password);
        }
        Certificate certificate = keyStore.getCertificate(ALIAS);
        if (!(certificate instanceof X509Certificate x509) || !keyStore.isKeyEntry(ALIAS)) {
            throw new GeneralSecurityException("The key store " + folder.resolve(KEY_STORE_FILE) //$NON-NLS-1$
                    + " has no key entry '" + ALIAS + "'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new ServerCertificate(keyStore, password, x509, CertificateFingerprint.of(x509));
    }

    private ServerCertificate create(String hostName, int validityYears)
            throws IOException, GeneralSecurityException {
        SelfSignedCertificateFactory.Issued issued = factory.issue(hostName, validityYears);
        char[] password = newPassword();
        KeyStore keyStore = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
        keyStore.load(null, null);
        keyStore.setKeyEntry(ALIAS, issued.keyPair().getPrivate(), password,
                new Certificate[]{issued.certificate()});
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        keyStore.store(encoded, password);
        // The password first: a crash between the two writes leaves no key store, so the next start issues a new
        // certificate instead of finding a key store it cannot open.
        AtomicFiles.write(folder.resolve(PASSWORD_FILE), new String(password).getBytes(StandardCharsets.US_ASCII),
                true);
        AtomicFiles.write(folder.resolve(KEY_STORE_FILE), encoded.toByteArray(), true);
        KeyStore reloaded = KeyStore.getInstance("PKCS12"); //$NON-NLS-1$
        reloaded.load(new ByteArrayInputStream(encoded.toByteArray()), password);
        return new ServerCertificate(reloaded, password, issued.certificate(),
                CertificateFingerprint.of(issued.certificate()));
    }

    private static char[] newPassword() {
        byte[] random = new byte[PASSWORD_BYTES];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random).toCharArray();
    }
}
