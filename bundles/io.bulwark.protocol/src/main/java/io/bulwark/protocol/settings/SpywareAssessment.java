package io.bulwark.protocol.settings;

/**
 * Spyware/grayware assessment mode: detections are logged but not cleaned, so an administrator can review what would be
 * removed before it is.
 *
 * @param enabled
 *            whether assessment mode is on
 * @param weeks
 *            when enabled: for how many weeks, 1 to {@link #MAX_WEEKS}; absent otherwise
 */
public record SpywareAssessment(Boolean enabled, Integer weeks) {

    /** The longest assessment period in weeks. */
    public static final int MAX_WEEKS = 52;

    /** @return assessment mode off */
    public static SpywareAssessment off() {
        return new SpywareAssessment(Boolean.FALSE, null);
    }
}
