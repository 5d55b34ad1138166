package io.bulwark.ui.tests.pages;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.WidgetIds;

/**
 * The Moves part: every job of the move journal, each as its cells (move, state, agents, planned, deadline, problem).
 */
public final class MovesPart {

    /** The part's id in the application model. */
    public static final String PART_ID = "io.bulwark.ui.part.moves";

    private final Widgets widgets = new Widgets(WidgetIds.KEY);

    private MovesPart() {
    }

    /** Brings the Moves part to the front of the main window. */
    public static MovesPart show() {
        Shell shell = Widgets.shell("Bulwark");
        Input input = new Input();
        input.activate(shell);
        PartTabs.show(input, PART_ID);
        return new MovesPart();
    }

    /** @return the jobs, each as its cells */
    public List<List<String>> jobs() {
        Table table = widgets.byId(Table.class, WidgetIds.MOVES_JOBS);
        return UiThread.call(() -> Arrays.stream(table.getItems())
                .map(item -> IntStream.range(0, table.getColumnCount()).mapToObj(item::getText).toList()).toList());
    }
}
