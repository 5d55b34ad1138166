package io.bulwark.ui.tests.pages;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.WidgetIds;

/**
 * Where a person watches and stops background work: the status line (the latest operation, with Cancel) and the
 * Progress part (every operation, each with Cancel).
 */
public final class ProgressDisplays {

    private final Widgets widgets;
    private final Input input;

    ProgressDisplays(Widgets widgets, Input input) {
        this.widgets = widgets;
        this.input = input;
    }

    /** The status line's text: the operation started last and its step, or empty. */
    public String statusText() {
        Label text = widgets.byId(Label.class, WidgetIds.PROGRESS_STATUS_TEXT);
        return UiThread.call(text::getText);
    }

    /** Clicks the status line's Cancel button. */
    public void cancelFromStatusLine() {
        input.click(Input.centre(widgets.byId(Button.class, WidgetIds.PROGRESS_STATUS_CANCEL)));
    }

    /** The Progress part's rows, top to bottom, each as the texts of its labels joined by " | ". */
    public List<String> rows() {
        Composite list = widgets.byId(Composite.class, WidgetIds.PROGRESS_LIST);
        return UiThread.call(() -> {
            List<String> rows = new ArrayList<>();
            for (Control child : list.getChildren()) {
                if (WidgetIds.PROGRESS_ROW.equals(child.getData(WidgetIds.KEY)) && child.isVisible()) {
                    List<String> texts = new ArrayList<>();
                    for (Control part : ((Composite) child).getChildren()) {
                        if (part instanceof Label label) {
                            texts.add(label.getText());
                        }
                    }
                    rows.add(String.join(" | ", texts));
                }
            }
            return rows;
        });
    }

    /** Clicks the Cancel button of the Progress part's row whose first text is {@code title}. */
    public void cancelRow(String title) {
        Composite list = widgets.byId(Composite.class, WidgetIds.PROGRESS_LIST);
        Button cancel = UiThread.call(() -> {
            for (Control child : list.getChildren()) {
                if (child instanceof Composite row && WidgetIds.PROGRESS_ROW.equals(row.getData(WidgetIds.KEY))
                        && row.getChildren()[0] instanceof Label label && title.equals(label.getText())) {
                    for (Control part : row.getChildren()) {
                        if (part instanceof Button button) {
                            return button;
                        }
                    }
                }
            }
            throw new AssertionError("No row of the Progress part is titled " + title);
        });
        input.click(Input.centre(cancel));
    }
}
