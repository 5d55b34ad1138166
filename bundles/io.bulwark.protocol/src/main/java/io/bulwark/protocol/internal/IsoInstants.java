package io.bulwark.protocol.internal;

import java.nio.charset.StandardCharsets;
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

    /** The longest text an instant can have ({@code +1000000000-12-31T23:59:59.999999999Z}), with room to spare. */
    static final int MAX_LENGTH = 40;

    /**
     * @param instant
     *            any instant
     * @return its ISO-8601 text, such as {@code 2026-11-23T04:05:06.789Z}
     */
    public static String format(Instant instant) {
        byte[] text = new byte[MAX_LENGTH];
        return new String(text, 0, write(instant, text, 0), StandardCharsets.ISO_8859_1);
    }

    /**
     * Writes an instant's ISO-8601 text as ASCII bytes, for writers that produce bytes.
     *
     * @param instant
     *            any instant
     * @param to
     *            receives the text; at least {@link #MAX_LENGTH} bytes must be free from {@code at}
     * @param at
     *            where the text starts
     * @return where it ends
     */
    public static int write(Instant instant, byte[] to, int at) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_FOUR_DIGIT_YEAR || seconds >= FIRST_FIVE_DIGIT_YEAR) {
            String text = DateTimeFormatter.ISO_INSTANT.format(instant);
            int end = at;
            for (int i = 0; i < text.length(); i++) {
                to[end++] = (byte) text.charAt(i);
            }
            return end;
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
        int secondOfDay = Math.floorMod(seconds, SECONDS_PER_DAY);
        int nano = instant.getNano();
        int end = digits(to, at, date.getYear(), 4);
        to[end++] = '-';
        end = digits(to, end, date.getMonthValue(), 2);
        to[end++] = '-';
        end = digits(to, end, date.getDayOfMonth(), 2);
        to[end++] = 'T';
        end = digits(to, end, secondOfDay / 3600, 2);
        to[end++] = ':';
        end = digits(to, end, secondOfDay / 60 % 60, 2);
        to[end++] = ':';
        end = digits(to, end, secondOfDay % 60, 2);
        if (nano != 0) {
            to[end++] = '.';
            if (nano % 1_000_000 == 0) {
                end = digits(to, end, nano / 1_000_000, 3);
            } else if (nano % 1_000 == 0) {
                end = digits(to, end, nano / 1_000, 6);
            } else {
                end = digits(to, end, nano, 9);
            }
        }
        to[end++] = 'Z';
        return end;
    }

    private static int digits(byte[] text, int at, int value, int width) {
        int rest = value;
        for (int i = at + width - 1; i >= at; i--) {
            text[i] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        return at + width;
    }
}
