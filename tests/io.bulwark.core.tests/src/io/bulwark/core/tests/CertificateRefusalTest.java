package io.bulwark.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.eclipse.core.runtime.Status;
import org.junit.jupiter.api.Test;

import io.bulwark.client.CertificateChangedException;
import io.bulwark.client.CertificateNotTrustedException;
import io.bulwark.client.ServerUnreachableException;
import io.bulwark.core.CertificateRefusal;
import io.bulwark.protocol.CertificateFingerprint;

/** Reading from a connect job's result whether the server's certificate waits for the administrator's decision. */
class CertificateRefusalTest {

    private static final CertificateFingerprint OLD = CertificateFingerprint.parse("11".repeat(32));
    private static final CertificateFingerprint NEW = CertificateFingerprint.parse("2a".repeat(32));

    @Test
    void aFirstCertificateNamesOnlyThePresentedFingerprint() {
        CertificateRefusal refusal = CertificateRefusal
                .of(Status.error("refused", new CertificateNotTrustedException("first contact", NEW))).orElseThrow();

        assertEquals(NEW.toString(), refusal.presented());
        assertEquals(null, refusal.pinned());
        assertFalse(refusal.isChange());
    }

    @Test
    void aChangedCertificateNamesBothFingerprints() {
        CertificateRefusal refusal = CertificateRefusal
                .of(Status.error("refused", new CertificateChangedException("changed", OLD, NEW))).orElseThrow();

        assertEquals(OLD.toString(), refusal.pinned());
        assertEquals(NEW.toString(), refusal.presented());
        assertTrue(refusal.isChange());
        assertTrue(refusal.presented().matches("([0-9A-F]{2}:){31}[0-9A-F]{2}"), refusal.presented());
    }

    @Test
    void otherResultsAreNoRefusal() {
        assertEquals(Optional.empty(), CertificateRefusal.of(null));
        assertEquals(Optional.empty(), CertificateRefusal.of(Status.OK_STATUS));
        assertEquals(Optional.empty(), CertificateRefusal.of(Status.CANCEL_STATUS));
        assertEquals(Optional.empty(),
                CertificateRefusal.of(Status.error("down", new ServerUnreachableException("no answer", null))));
    }
}
