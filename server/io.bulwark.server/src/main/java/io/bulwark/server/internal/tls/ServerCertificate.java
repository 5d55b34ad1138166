package io.bulwark.server.internal.tls;

import java.security.KeyStore;
import java.security.cert.X509Certificate;

import io.bulwark.protocol.CertificateFingerprint;

/**
 * The server's TLS identity as the HTTP connector needs it: a key store holding the private key and the self-signed
 * certificate, the key store's password, and the certificate's fingerprint that administrators confirm and clients pin.
 *
 * @param keyStore
 *            a PKCS12 key store with one key entry under {@link ServerCertificateStore#ALIAS}
 * @param password
 *            the key store's (and key's) password
 * @param certificate
 *            the server's certificate
 * @param fingerprint
 *            the certificate's SHA-256 fingerprint
 */
public record ServerCertificate(KeyStore keyStore, char[] password, X509Certificate certificate,
        CertificateFingerprint fingerprint) {

    /** @return the certificate's subject and fingerprint, never the password */
    @Override
    public String toString() {
        return certificate.getSubjectX500Principal().getName() + " SHA-256 " + fingerprint; //$NON-NLS-1$
    }
}
