package io.bulwark.protocol;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * Trust in one server certificate, identified by its SHA-256 fingerprint, instead of in certificate authorities.
 * <p>
 * Bulwark servers present self-signed certificates; a client trusts a server because an administrator confirmed its
 * fingerprint (or the client pinned it on first use), so this trust manager accepts exactly that certificate and
 * nothing else. Because the certificate is pinned, the host name in the URL is not checked against it: an agent may
 * reach its server by any address. It remembers the fingerprint the server presented, so a caller can tell the person
 * both fingerprints when they differ.
 */
public final class FingerprintTrust extends X509ExtendedTrustManager {

    private final CertificateFingerprint expected;
    private final AtomicReference<CertificateFingerprint> presented = new AtomicReference<>();

    private FingerprintTrust(CertificateFingerprint expected) {
        this.expected = expected;
    }

    /**
     * @param expected
     *            the only fingerprint to accept
     * @return a trust manager accepting only the certificate with that fingerprint
     */
    public static FingerprintTrust pinned(CertificateFingerprint expected) {
        return new FingerprintTrust(Objects.requireNonNull(expected, "expected")); //$NON-NLS-1$
    }

    /**
     * Trust on first use: accepts whatever certificate the server presents and records its fingerprint, for the caller
     * to pin (or to show to a person) before it sends anything that matters.
     *
     * @return a trust manager that accepts any server certificate and remembers its fingerprint
     */
    public static FingerprintTrust firstUse() {
        return new FingerprintTrust(null);
    }

    /** @return the fingerprint of the certificate the server last presented, or {@code null} if none yet */
    public CertificateFingerprint presented() {
        return presented.get();
    }

    /**
     * @return a TLS context that uses only this trust manager
     * @throws IllegalStateException
     *             if the runtime has no TLS implementation
     */
    public SSLContext sslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS"); //$NON-NLS-1$
            context.init(null, new TrustManager[]{this}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java runtime cannot create a TLS context", e); //$NON-NLS-1$
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check(chain);
    }

    private void check(X509Certificate[] chain) throws CertificateException {
        if (chain == null || chain.length == 0) {
            throw new CertificateException("The server presented no certificate"); //$NON-NLS-1$
        }
        CertificateFingerprint actual = CertificateFingerprint.of(chain[0]);
        presented.set(actual);
        if (expected != null && !expected.equals(actual)) {
            throw new CertificateException("The server's certificate fingerprint " + actual //$NON-NLS-1$
                    + " does not match the pinned fingerprint " + expected); //$NON-NLS-1$
        }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("A client-side trust manager does not authenticate clients"); //$NON-NLS-1$
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
    }
}
