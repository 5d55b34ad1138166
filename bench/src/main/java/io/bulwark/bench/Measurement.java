package io.bulwark.bench;

import java.util.Locale;

/**
 * One measured value, printed as {@code name: value unit} so scripts can pick results out of the output.
 *
 * @param name
 *            what was measured, e.g. {@code server-info.bulwark.throughput}
 * @param value
 *            the value
 * @param unit
 *            its unit, e.g. {@code requests/s}
 */
public record Measurement(String name, double value, String unit) {

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%s: %.2f %s", name, value, unit); //$NON-NLS-1$
    }
}
