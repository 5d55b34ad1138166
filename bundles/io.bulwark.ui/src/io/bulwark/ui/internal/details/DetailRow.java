package io.bulwark.ui.internal.details;

import java.util.List;

/**
 * One row of the Details part: a property, its value, and for settings the scope the value comes from. Rows nest:
 * sections hold facts, settings groups hold their fields.
 *
 * @param label
 *            what the row shows, in the person's words
 * @param value
 *            its value, empty for a heading
 * @param source
 *            the scope a setting comes from, empty for facts
 * @param children
 *            the rows below it
 */
public record DetailRow(String label, String value, String source, List<DetailRow> children) {

    /**
     * @param label
     *            the property
     * @param value
     *            its value
     * @return a row without children or source
     */
    public static DetailRow of(String label, String value) {
        return new DetailRow(label, value, "", List.of()); //$NON-NLS-1$
    }

    /**
     * @param label
     *            the heading
     * @param children
     *            the rows below it
     * @return a heading row
     */
    public static DetailRow section(String label, List<DetailRow> children) {
        return new DetailRow(label, "", "", List.copyOf(children)); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
