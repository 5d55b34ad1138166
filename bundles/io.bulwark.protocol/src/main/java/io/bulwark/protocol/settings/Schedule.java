package io.bulwark.protocol.settings;

import java.util.List;

/**
 * When something recurring runs, in the endpoint's local time.
 *
 * @param frequency
 *            {@link #HOURLY} (update schedules only), {@link #DAILY}, {@link #WEEKLY} or {@link #MONTHLY}
 * @param time
 *            {@code HH:mm}, 24-hour clock; required but for {@link #HOURLY}, where it must be absent
 * @param dayOfWeek
 *            for {@link #WEEKLY}: {@code monday} … {@code sunday}; absent otherwise
 * @param dayOfMonth
 *            for {@link #MONTHLY}: 1–31 (the last day of shorter months); absent otherwise
 */
public record Schedule(String frequency, String time, String dayOfWeek, Integer dayOfMonth) {

    /** Every hour. */
    public static final String HOURLY = "hourly"; //$NON-NLS-1$
    /** Every day at {@link #time()}. */
    public static final String DAILY = "daily"; //$NON-NLS-1$
    /** Every week on {@link #dayOfWeek()} at {@link #time()}. */
    public static final String WEEKLY = "weekly"; //$NON-NLS-1$
    /** Every month on {@link #dayOfMonth()} at {@link #time()}. */
    public static final String MONTHLY = "monthly"; //$NON-NLS-1$

    /** The accepted values of {@link #frequency()}. */
    public static final List<String> FREQUENCIES = List.of(HOURLY, DAILY, WEEKLY, MONTHLY);

    /** The accepted values of {@link #dayOfWeek()}. */
    public static final List<String> DAYS_OF_WEEK = List.of("monday", "tuesday", "wednesday", "thursday", "friday", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            "saturday", "sunday"); //$NON-NLS-1$ //$NON-NLS-2$
}
