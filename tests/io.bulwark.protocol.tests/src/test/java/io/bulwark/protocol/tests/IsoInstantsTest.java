package io.bulwark.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.bulwark.protocol.internal.IsoInstants;

/** The fast instant writer writes what {@link DateTimeFormatter#ISO_INSTANT} writes, for every kind of instant. */
class IsoInstantsTest {

    @ParameterizedTest
    @ValueSource(strings = {"1970-01-01T00:00:00Z", "2026-11-23T04:05:06Z", "2026-11-23T04:05:06.700Z",
            "2026-11-23T04:05:06.000123Z", "2026-11-23T04:05:06.000000001Z", "1969-12-31T23:59:59.999999999Z",
            "2024-02-29T23:59:59Z", "0000-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z", "1900-03-01T12:00:00.5Z"})
    void writesLikeTheIsoFormatter(String text) {
        Instant instant = Instant.parse(text);
        assertEquals(DateTimeFormatter.ISO_INSTANT.format(instant), IsoInstants.format(instant));
    }

    @Test
    void yearsBeyondFourDigitsAreLeftToTheFormatter() {
        for (Instant instant : new Instant[]{Instant.MAX, Instant.MIN, Instant.parse("+10000-01-01T00:00:00Z"),
                Instant.parse("-0001-12-31T23:59:59Z")}) {
            assertEquals(DateTimeFormatter.ISO_INSTANT.format(instant), IsoInstants.format(instant));
        }
    }

    @Test
    void writesLikeTheIsoFormatterForManyInstants() {
        SplittableRandom random = new SplittableRandom(20261123);
        for (int i = 0; i < 100_000; i++) {
            long seconds = random.nextLong(-62_167_219_200L, 253_402_300_800L);
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nano);
            assertEquals(DateTimeFormatter.ISO_INSTANT.format(instant), IsoInstants.format(instant));
        }
    }
}
