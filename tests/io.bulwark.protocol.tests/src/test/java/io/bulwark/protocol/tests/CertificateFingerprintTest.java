package io.bulwark.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import io.bulwark.protocol.CertificateFingerprint;

class CertificateFingerprintTest {

    private static final String CANONICAL = "AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89:AB:CD:EF:01:23:45:67:89";

    @Test
    void printsColonSeparatedUppercaseHex() {
        assertEquals(CANONICAL, CertificateFingerprint.parse(CANONICAL).toString());
    }

    @Test
    void acceptsLowercaseAndMissingColonsAsTheSameFingerprint() {
        CertificateFingerprint pasted = CertificateFingerprint.parse(CANONICAL.replace(":", "").toLowerCase());

        assertEquals(CertificateFingerprint.parse(CANONICAL), pasted);
    }

    @Test
    void rejectsTextThatIsNotThirtyTwoHexBytes() {
        assertThrows(IllegalArgumentException.class, () -> CertificateFingerprint.parse("AB:CD"));
        assertThrows(IllegalArgumentException.class, () -> CertificateFingerprint.parse(CANONICAL.replace('A', 'G')));
    }
}
