package io.bulwark.core;

import java.util.Optional;

import org.eclipse.core.runtime.IStatus;

import io.bulwark.client.CertificateChangedException;
import io.bulwark.client.CertificateNotTrustedException;
import io.bulwark.model.ManagementServer;

/**
 * Why a connect ended with a server whose certificate waits for the administrator's decision, read from the result of
 * the job {@link ServerConnections#connect(ManagementServer)} returned. The console shows {@link #presented()} (and
 * {@link #pinned()} when a certificate was pinned before) for the administrator to compare with the fingerprint the
 * server printed at its start, then pins it with {@link ServerRegistryService#pinCertificate} or replaces the pin with
 * {@link ServerRegistryService#replacePinnedCertificate} and connects again.
 *
 * @param pinned
 *            the fingerprint pinned for the server, colon-separated uppercase hex; {@code null} on first contact
 * @param presented
 *            the fingerprint of the certificate the server presented, colon-separated uppercase hex
 */
public record CertificateRefusal(String pinned, String presented) {

    /** Whether the server presented another certificate than the one pinned, rather than a first one. */
    public boolean isChange() {
        return pinned != null;
    }

    /**
     * @param result
     *            the result of a connect job, or {@code null} while it runs
     * @return the refusal when the connect failed because the certificate is not confirmed yet or has changed; empty
     *         for any other result
     */
    public static Optional<CertificateRefusal> of(IStatus result) {
        if (result == null) {
            return Optional.empty();
        }
        Throwable failure = result.getException();
        if (failure instanceof CertificateChangedException changed) {
            return Optional.of(new CertificateRefusal(changed.pinned().toString(), changed.presented().toString()));
        }
        if (failure instanceof CertificateNotTrustedException unconfirmed) {
            return Optional.of(new CertificateRefusal(null, unconfirmed.presented().toString()));
        }
        return Optional.empty();
    }
}
