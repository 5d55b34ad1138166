package io.bulwark.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.bulwark.client.CertificateFingerprint;

class CertificateFingerprintTest {

    private static final String ABC_SHA256 = "BA:78:16:BF:8F:01:CF:EA:41:41:40:DE:5D:AE:22:23:"
            + "B0:03:61:A3:96:17:7A:9C:B4:10:FF:61:F2:00:15:AD";

    @Test
    void digestsDerBytesWithSha256InColonHex() {
        assertEquals(ABC_SHA256, CertificateFingerprint.of("abc".getBytes(StandardCharsets.US_ASCII)).value());
    }

    @Test
    void readsPastedFormsAsTheSameFingerprint() {
        CertificateFingerprint canonical = new CertificateFingerprint(ABC_SHA256);
        assertEquals(canonical, CertificateFingerprint.parse(ABC_SHA256.toLowerCase()));
        assertEquals(canonical, CertificateFingerprint.parse(ABC_SHA256.replace(":", "")));
        assertEquals(canonical, CertificateFingerprint.parse(ABC_SHA256.replace(":", " ")));
    }

    @Test
    void differentCertificatesHaveDifferentFingerprints() {
        assertNotEquals(CertificateFingerprint.of(new byte[]{1}), CertificateFingerprint.of(new byte[]{2}));
    }

    @Test
    void refusesWhatIsNotThirtyTwoBytesOfHex() {
        assertThrows(IllegalArgumentException.class, () -> CertificateFingerprint.parse("AB:CD"));
        assertThrows(IllegalArgumentException.class, () -> CertificateFingerprint.parse(ABC_SHA256 + ":00"));
        assertThrows(IllegalArgumentException.class, () -> CertificateFingerprint.parse(ABC_SHA256.replace('B', 'G')));
        assertThrows(IllegalArgumentException.class, () -> CertificateFingerprint.parse(null));
    }
}
