package io.bulwark.ui.tests.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Wait;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.WidgetIds;

/**
 * The Moves part: the migration campaigns with their waves, their commands, and every job of the move journal, each as
 * its cells (move, state, agents, planned, deadline, problem).
 */
public final class MovesPart {

    /** The part's id in the application model. */
    public static final String PART_ID = "io.bulwark.ui.part.moves";

    private final Widgets widgets = new Widgets(WidgetIds.KEY);
    private final Input input = new Input();

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

    /** Clicks the tab of the migration campaigns. */
    public void showCampaigns() {
        showTab(1);
    }

    /** Clicks the tab of the move jobs. */
    public void showJobs() {
        showTab(0);
    }

    private void showTab(int index) {
        TabFolder tabs = widgets.byId(TabFolder.class, WidgetIds.MOVES_TABS);
        if (UiThread.call(() -> tabs.getSelectionIndex() == index).booleanValue()) {
            return;
        }
        input.click(UiThread.call(() -> {
            Rectangle bounds = tabs.getItem(index).getBounds();
            return tabs.toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        }));
        Wait.until("the tab " + index + " of the Moves part is in front",
                () -> UiThread.call(() -> tabs.getSelectionIndex() == index).booleanValue());
    }

    /** @return the campaigns and their waves as the tree shows them, each row as its cells */
    public List<List<String>> campaignRows() {
        Tree tree = widgets.byId(Tree.class, WidgetIds.MOVES_CAMPAIGNS);
        return UiThread.call(() -> {
            List<List<String>> rows = new ArrayList<>();
            for (TreeItem campaign : tree.getItems()) {
                rows.add(cells(campaign, tree.getColumnCount()));
                for (TreeItem wave : campaign.getItems()) {
                    rows.add(cells(wave, tree.getColumnCount()));
                }
            }
            return rows;
        });
    }

    private static List<String> cells(TreeItem item, int columns) {
        return IntStream.range(0, columns).mapToObj(item::getText).toList();
    }

    /** @return the state the tree shows for the wave named {@code wave} (e.g. "Pilot", "Wave 1"), or empty */
    public String waveState(String wave) {
        return campaignRows().stream().filter(row -> row.get(0).equals(wave)).map(row -> row.get(1)).findFirst()
                .orElse("");
    }

    /** Clicks the row of the wave named {@code wave} in the campaigns' tree. */
    public void selectWave(String wave) {
        Tree tree = widgets.byId(Tree.class, WidgetIds.MOVES_CAMPAIGNS);
        TreeItem item = UiThread.call(() -> {
            for (TreeItem campaign : tree.getItems()) {
                for (TreeItem each : campaign.getItems()) {
                    if (each.getText(0).equals(wave)) {
                        tree.showItem(each);
                        return each;
                    }
                }
            }
            return null;
        });
        if (item == null) {
            throw new AssertionError("No wave " + wave + " in " + campaignRows());
        }
        input.click(Input.centre(item));
        try {
            Wait.until(wave + " is selected", () -> UiThread.call(() -> tree.getSelection().length == 1
                    && tree.getSelection()[0].getText(0).equals(wave)).booleanValue());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; " + UiThread.call(() -> "the tree at "
                    + tree.getDisplay().map(tree.getParent(), null, tree.getBounds()) + " (visible "
                    + tree.isVisible() + "), the row at " + Input.centre(item) + ", selected "
                    + Arrays.stream(tree.getSelection()).map(each -> each.getText(0)).toList() + ", active window "
                    + (tree.getDisplay().getActiveShell() == null
                            ? "none"
                            : tree.getDisplay().getActiveShell().getText())),
                    e);
        }
    }

    /** Presses a button of the part, by id, once it can be pressed. */
    public void press(String id) {
        Button button = widgets.byId(Button.class, id);
        Wait.until("the button " + id + " can be pressed", () -> UiThread.call(button::isEnabled).booleanValue());
        input.click(Input.centre(button));
    }

    /** @return the outcome of the part's last command */
    public String message() {
        Label label = widgets.byId(Label.class, WidgetIds.MOVES_MESSAGE);
        return UiThread.call(label::getText);
    }

    /** @return the jobs, each as its cells; shows their tab first */
    public List<List<String>> jobs() {
        showJobs();
        Table table = widgets.byId(Table.class, WidgetIds.MOVES_JOBS);
        return UiThread.call(() -> Arrays.stream(table.getItems())
                .map(item -> IntStream.range(0, table.getColumnCount()).mapToObj(item::getText).toList()).toList());
    }
}
