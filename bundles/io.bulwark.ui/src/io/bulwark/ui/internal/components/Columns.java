package io.bulwark.ui.internal.components;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import io.bulwark.ui.WidgetIds;

/** Tables of records as the administration parts show them: a header, lines, one text per column. */
public final class Columns {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
            .withZone(ZoneId.systemDefault());

    /**
     * The width a table asks for: narrow, so a part in a corner of the window scrolls little; tables take the width the
     * part has.
     */
    private static final int TABLE_WIDTH = 200;

    private Columns() {
    }

    /**
     * @param parent
     *            a composite with a grid layout
     * @param style
     *            {@link SWT#SINGLE} or {@link SWT#MULTI}
     * @param widgetId
     *            the table's {@link WidgetIds} name
     * @param heightHint
     *            the table's preferred height in pixels
     * @return a table viewer of an array or list, filling the width
     */
    public static TableViewer table(Composite parent, int style, String widgetId, int heightHint) {
        TableViewer viewer = new TableViewer(parent, style | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData(WidgetIds.KEY, widgetId);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).hint(TABLE_WIDTH, heightHint).span(2, 1)
                .applyTo(viewer.getControl());
        return viewer;
    }

    /**
     * Adds a column.
     *
     * @param <T>
     *            the rows' type
     * @param viewer
     *            the table
     * @param title
     *            the header
     * @param width
     *            the width in pixels
     * @param type
     *            the rows' type
     * @param text
     *            a row's text in this column
     */
    public static <T> void add(TableViewer viewer, String title, int width, Class<T> type, Function<T, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                String value = type.isInstance(element) ? text.apply(type.cast(element)) : null;
                return value == null ? "" : value; //$NON-NLS-1$
            }
        });
    }

    /**
     * @param instant
     *            an instant, or {@code null}
     * @return it in the local time zone, in the person's format, or an empty text
     */
    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant); //$NON-NLS-1$
    }
}
