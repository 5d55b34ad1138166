package io.bulwark.ui.internal.policies;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** The plain tables of the comparison and merge dialogs: one row per setting, columns sized to their text. */
final class Tables {

    private static final int MAX_COLUMN_WIDTH = 320;

    private Tables() {
    }

    static Table create(Composite parent, String id, String... headers) {
        Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        table.setData(io.bulwark.ui.WidgetIds.KEY, id);
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        for (String header : headers) {
            new TableColumn(table, SWT.LEFT).setText(header);
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 240).applyTo(table);
        return table;
    }

    static TableItem row(Table table, String... texts) {
        TableItem item = new TableItem(table, SWT.NONE);
        item.setText(texts);
        return item;
    }

    static void pack(Table table) {
        for (TableColumn column : table.getColumns()) {
            column.pack();
            column.setWidth(Math.min(column.getWidth(), MAX_COLUMN_WIDTH));
        }
    }
}
