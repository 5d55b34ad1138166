package io.bulwark.client.internal;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.concurrent.atomic.AtomicReference;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.FingerprintTrust;

/**
 * A console's trust in one server: exactly the pinned certificate, checked by {@link FingerprintTrust}; with no pin
 * yet, no certificate at all, so that nothing (not even the password of a login) is sent before the administrator
 * confirmed the fingerprint. Remembers the fingerprint it refused, so the caller can name it.
 */
final class PinnedTrust extends X509ExtendedTrustManager {

    private final CertificateFingerprint pinned;
    private final FingerprintTrust check;
    private final AtomicReference<CertificateFingerprint> refused = new AtomicReference<>();

    PinnedTrust(CertificateFingerprint pinned) {
        this.pinned = pinned;
        this.check = pinned == null ? FingerprintTrust.firstUse() : FingerprintTrust.pinned(pinned);
    }

    /** @return the pinned fingerprint, or {@code null} before the first confirmation */
    CertificateFingerprint pinned() {
        return pinned;
    }

    /** @return the fingerprint of the last certificate refused, or {@code null} if none was */
    CertificateFingerprint refused() {
        return refused.get();
    }

    SSLContext sslContext() {
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
        try {
            check.checkServerTrusted(chain, authType);
        } catch (CertificateException e) {
            refused.set(check.presented());
            throw e;
        }
        if (pinned == null) {
            refused.set(check.presented());
            throw new CertificateException("No fingerprint is pinned yet for this server"); //$NON-NLS-1$
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        check.checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        check.checkClientTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        check.checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        return check.getAcceptedIssuers();
    }
}
