package io.bulwark.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.bulwark.protocol.IpRange;

class IpRangeTest {

    @Test
    void prefixHoldsItsAddressesOnly() {
        IpRange range = IpRange.parse("10.1.0.0/16");
        assertTrue(range.contains("10.1.0.0"));
        assertTrue(range.contains("10.1.255.255"));
        assertFalse(range.contains("10.2.0.0"));
        assertFalse(range.contains("fd00::1"), "another family");
        assertFalse(range.contains("not-an-address"));
        assertEquals(BigInteger.valueOf(65_536), range.size());
    }

    @Test
    void spanAndSingleAddressWork() {
        IpRange span = IpRange.parse("192.0.2.10-192.0.2.99");
        assertTrue(span.contains("192.0.2.10"));
        assertTrue(span.contains("192.0.2.99"));
        assertFalse(span.contains("192.0.2.100"));
        assertEquals(BigInteger.ONE, IpRange.parse("192.0.2.7").size());
    }

    @Test
    void ipv6PrefixesWork() {
        IpRange range = IpRange.parse("fd00:20::/32");
        assertTrue(range.isIpv6());
        assertTrue(range.contains("fd00:20:ffff::1"));
        assertFalse(range.contains("fd00:21::1"));
        assertTrue(IpRange.parse("::1").contains("0:0:0:0:0:0:0:1"));
    }

    @Test
    void overlapIsSymmetricAndFamilyAware() {
        IpRange wide = IpRange.parse("10.0.0.0/8");
        IpRange narrow = IpRange.parse("10.20.30.0-10.20.30.40");
        IpRange apart = IpRange.parse("11.0.0.0/8");
        assertTrue(wide.overlaps(narrow));
        assertTrue(narrow.overlaps(wide));
        assertFalse(wide.overlaps(apart));
        assertFalse(IpRange.parse("::/0").overlaps(wide));
        assertTrue(IpRange.parse("10.0.0.255").overlaps(IpRange.parse("10.0.0.255-10.0.1.0")));
    }

    @Test
    void writtenFormSurvives() {
        assertEquals("10.1.0.0/16", IpRange.parse(" 10.1.0.0/16 ").toString());
        assertEquals(IpRange.parse("10.1.0.0/16"), IpRange.parse("10.1.0.0-10.1.255.255"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10.0.0.0/33", "10.0.0.1/8", "10.0.0.9-10.0.0.1", "256.0.0.1", "10.0.0",
            "host.example", "fd00::/129", "10.0.0.1-fd00::1", "fd00::g", "10.0.0.0/x", "::ffff:10.0.0.1"})
    void nonsenseIsRefusedWithAMessage(String text) {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> IpRange.parse(text));
        assertFalse(refused.getMessage().isBlank());
    }
}
