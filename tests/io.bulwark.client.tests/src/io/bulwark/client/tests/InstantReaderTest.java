package io.bulwark.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.bulwark.client.internal.InstantReader;

class InstantReaderTest {

    @Test
    void readsTheServersFormLikeInstantParse() {
        Random random = new Random(5);
        for (int i = 0; i < 10_000; i++) {
            Instant instant = Instant.ofEpochSecond(random.nextLong(-62_000_000_000L, 250_000_000_000L),
                    random.nextInt(1_000_000_000));
            instant = switch (i % 4) {
                case 0 -> instant.truncatedTo(ChronoUnit.SECONDS);
                case 1 -> instant.truncatedTo(ChronoUnit.MILLIS);
                case 2 -> instant.truncatedTo(ChronoUnit.MICROS);
                default -> instant;
            };
            String text = instant.toString();
            assertEquals(Instant.parse(text), read(text), text);
        }
    }

    @Test
    void readsTheTextWhereItSitsInTheParsersBuffer() {
        char[] buffer = "[\"2026-11-23T04:57:06.4269Z\"]".toCharArray();
        assertEquals(Instant.parse("2026-11-23T04:57:06.4269Z"), InstantReader.utc(buffer, 2, 25));
    }

    @Test
    void leavesEveryOtherFormToJackson() {
        for (String text : new String[]{"2026-02-30T00:00:00Z", "2026-13-01T00:00:00Z", "2026-01-01T24:00:00Z",
                "2026-01-01T00:60:00Z", "2026-01-01T00:00:60Z", "2026-01-01T00:00:00.Z",
                "2026-01-01T00:00:00.1234567890Z", "2026-01-01T00:00:00+01:00", "2026-01-01T00:00:00",
                "+12026-01-01T00:00:00Z", "2026-1-01T00:00:00Z", "2026-01-01 00:00:00Z", "2026-01-01T0a:00:00Z",
                "1700000000", ""}) {
            assertNull(read(text), text);
        }
    }

    private static Instant read(String text) {
        return InstantReader.utc(text.toCharArray(), 0, text.length());
    }
}
