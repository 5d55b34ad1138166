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
 * reach its server by any address. It remembers the fingerprint the server presented, and the one it refused, so a
 * caller can tell the person both fingerprints when they differ.
 */
public final class FingerprintTrust extends X509ExtendedTrustManager {

    private final CertificateFingerprint expected;
    private final boolean trustOnFirstUse;
    private final AtomicReference<CertificateFingerprint> presented = new AtomicReference<>();
    private final AtomicReference<CertificateFingerprint> refused = new AtomicReference<>();

    private FingerprintTrust(CertificateFingerprint expected, boolean trustOnFirstUse) {
        this.expected = expected;
        this.trustOnFirstUse = trustOnFirstUse;
    }

    /**
     * @param expected
     *            the only fingerprint to accept
     * @return a trust manager accepting only the certificate with that fingerprint
     */
    public static FingerprintTrust pinned(CertificateFingerprint expected) {
        return new FingerprintTrust(Objects.requireNonNull(expected, "expected"), false); //$NON-NLS-1$
    }

    /**
     * Trust on first use: accepts whatever certificate the server presents and records its fingerprint, for the caller
     * to pin (or to show to a person) before it sends anything that matters.
     *
     * @return a trust manager that accepts any server certificate and remembers its fingerprint
     */
    public static FingerprintTrust firstUse() {
        return new FingerprintTrust(null, true);
    }

    /**
     * Trust only after confirmation: with a pin, exactly the pinned certificate; with none yet, no certificate at all,
     * so that nothing (not even the password of a login) is sent before a person confirmed the fingerprint. The refused
     * fingerprint is remembered for the caller to show.
     *
     * @param pinned
     *            the confirmed fingerprint, or {@code null} if none is confirmed yet
     * @return a trust manager accepting only the pinned certificate, or none
     */
    public static FingerprintTrust confirmedOnly(CertificateFingerprint pinned) {
        return new FingerprintTrust(pinned, false);
    }

    /** @return the only fingerprint accepted, or {@code null} if none is pinned */
    public CertificateFingerprint pinned() {
        return expected;
    }

    /** @return the fingerprint of the certificate last refused, or {@code null} if none was */
    public CertificateFingerprint refused() {
        return refused.get();
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
        if (expected == null && !trustOnFirstUse) {
            refused.set(actual);
            throw new CertificateException("No fingerprint is pinned yet for this server"); //$NON-NLS-1$
        }
        if (expected != null && !expected.equals(actual)) {
            refused.set(actual);
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
