package io.bulwark.protocol.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Writes instants as ISO-8601 in UTC exactly as {@link DateTimeFormatter#ISO_INSTANT} does (fractions in groups of
 * three digits, none when zero), without the formatter's general machinery: agent lists write one per agent.
 */
public final class IsoInstants {

    private static final int SECONDS_PER_DAY = 86_400;

    /** 0000-01-01T00:00:00Z: earlier years are written with a sign. */
    private static final long FIRST_FOUR_DIGIT_YEAR = -62_167_219_200L;

    /** 10000-01-01T00:00:00Z: later years have five digits and a sign. */
    private static final long FIRST_FIVE_DIGIT_YEAR = 253_402_300_800L;

    private IsoInstants() {
    }

    /**
     * @param instant
     *            any instant
     * @return its ISO-8601 text, such as {@code 2026-11-23T04:05:06.789Z}
     */
    public static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_FOUR_DIGIT_YEAR || seconds >= FIRST_FIVE_DIGIT_YEAR) {
            return DateTimeFormatter.ISO_INSTANT.format(instant);
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
        int year = date.getYear();
        int secondOfDay = Math.floorMod(seconds, SECONDS_PER_DAY);
        int nano = instant.getNano();
        char[] text = new char[30];
        int at = digits(text, 0, year, 4);
        text[at++] = '-';
        at = digits(text, at, date.getMonthValue(), 2);
        text[at++] = '-';
        at = digits(text, at, date.getDayOfMonth(), 2);
        text[at++] = 'T';
        at = digits(text, at, secondOfDay / 3600, 2);
        text[at++] = ':';
        at = digits(text, at, secondOfDay / 60 % 60, 2);
        text[at++] = ':';
        at = digits(text, at, secondOfDay % 60, 2);
        if (nano != 0) {
            text[at++] = '.';
            if (nano % 1_000_000 == 0) {
                at = digits(text, at, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                at = digits(text, at, nano / 1_000, 6);
            } else {
                at = digits(text, at, nano, 9);
            }
        }
        text[at++] = 'Z';
        return new String(text, 0, at);
    }

    private static int digits(char[] text, int at, int value, int width) {
        int rest = value;
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        return at + width;
    }
}
