package io.bulwark.ui.tests.pages;

import java.awt.event.KeyEvent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Wait;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.WidgetIds;

/**
 * The Move to Server wizard as a person uses it: the first page's choices read, moving in waves chosen and its fields
 * typed, Next, the plan (of one move or of the waves) read once planning ends, Save Plan, Finish and Cancel pressed
 * with the mouse.
 */
public final class MoveWizard {

    private static final java.time.Duration PLANNING = java.time.Duration.ofSeconds(60);

    private final Shell shell;
    private final Widgets widgets = new Widgets(WidgetIds.KEY);
    private final Input input = new Input();

    private MoveWizard(Shell shell) {
        this.shell = shell;
    }

    /** Waits for the wizard for the agents of {@code sourceName} to open. */
    public static MoveWizard waitForIt(String sourceName) {
        return new MoveWizard(Widgets.shell("Move Agents of " + sourceName + " to Another Server"));
    }

    /** @return the text of the choice of the agents selected in the tree */
    public String selectionChoice() {
        return text(WidgetIds.MOVE_AGENTS_SELECTION);
    }

    /** @return whether the agents selected in the tree are the chosen ones */
    public boolean isSelectionChosen() {
        Button choice = widgets.byId(Button.class, WidgetIds.MOVE_AGENTS_SELECTION);
        return UiThread.call(choice::getSelection).booleanValue();
    }

    /** @return the target server shown */
    public String targetServer() {
        Combo combo = widgets.byId(Combo.class, WidgetIds.MOVE_TARGET_SERVER);
        return UiThread.call(combo::getText);
    }

    /** @return the target domain shown */
    public String targetDomain() {
        Combo combo = widgets.byId(Combo.class, WidgetIds.MOVE_TARGET_DOMAIN);
        return UiThread.call(combo::getText);
    }

    /** Presses Next once it can be pressed: the plan page opens and planning starts. */
    public void next() {
        press(WidgetIds.MOVE_WIZARD_NEXT);
    }

    /** Waits until planning ended with the target ready, so Finish can be pressed. */
    public void waitForPlan() {
        Button finish = widgets.byId(Button.class, WidgetIds.MOVE_WIZARD_FINISH);
        try {
            Wait.until("the move is planned and the target ready",
                    () -> UiThread.call(finish::isEnabled).booleanValue(), PLANNING);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; the wizard shows: " + String.join(" | ", planTexts()), e);
        }
    }

    /** @return the plan's agents, each as its cells: host, address, status, source domain, plan, id */
    public List<List<String>> plannedAgents() {
        Table table = widgets.byId(Table.class, WidgetIds.MOVE_PLAN_AGENTS);
        return UiThread.call(() -> Arrays.stream(table.getItems())
                .map(item -> IntStream.range(0, table.getColumnCount()).mapToObj(item::getText).toList()).toList());
    }

    /** @return whether the target is ready, in the words of the plan page */
    public String readiness() {
        return text(WidgetIds.MOVE_PLAN_READINESS);
    }

    /** @return the plan's summary: servers and counts */
    public String summary() {
        return text(WidgetIds.MOVE_PLAN_SUMMARY);
    }

    /** Presses Save Plan; the file is the one the test's file chooser answers with. */
    public void savePlan() {
        press(WidgetIds.MOVE_PLAN_SAVE);
    }

    /** Presses Finish and waits until the wizard closed. */
    public void finish() {
        press(WidgetIds.MOVE_WIZARD_FINISH);
        Wait.untilOnUi("the wizard is closed", shell::isDisposed);
    }

    /** Presses Cancel and waits until the wizard closed. */
    public void cancel() {
        press(WidgetIds.MOVE_WIZARD_CANCEL);
        Wait.untilOnUi("the wizard is closed", shell::isDisposed);
    }

    /** Ticks "Move in waves", which offers the pilot, wave size, grouping and sites. */
    public void moveInWaves() {
        press(WidgetIds.MOVE_WAVES);
        Button waves = widgets.byId(Button.class, WidgetIds.MOVE_WAVES);
        Wait.until("moving in waves is chosen", () -> UiThread.call(waves::getSelection).booleanValue());
    }

    /** Chooses how waves are grouped, by the id of its radio button (e.g. {@link WidgetIds#MOVE_WAVES_BY_SITE}). */
    public void groupWavesBy(String id) {
        press(id);
        Button choice = widgets.byId(Button.class, id);
        Wait.until("the grouping " + id + " is chosen", () -> UiThread.call(choice::getSelection).booleanValue());
    }

    /** Replaces what a field of the waves holds by typing, as a person does: select all, delete, type. */
    public void typeInto(String id, String text) {
        Text field = widgets.byId(Text.class, id);
        Wait.until("the field " + id + " can be typed into", () -> UiThread.call(field::isEnabled).booleanValue());
        input.click(Input.centre(field));
        Wait.until("the field " + id + " has the focus", () -> UiThread.call(field::isFocusControl).booleanValue());
        input.chord(KeyEvent.VK_A, KeyEvent.VK_CONTROL);
        input.press(KeyEvent.VK_BACK_SPACE);
        input.type(text);
        Wait.until("the field " + id + " shows what was typed", () -> UiThread.call(field::getText).equals(text));
    }

    /** @return what the page says is wrong with the waves, under their fields; empty when nothing is */
    public String wavesProblem() {
        return text(WidgetIds.MOVE_WAVES_PROBLEM);
    }

    /** @return whether Next can be pressed */
    public boolean canGoNext() {
        Button next = widgets.byId(Button.class, WidgetIds.MOVE_WIZARD_NEXT);
        return UiThread.call(next::isEnabled).booleanValue();
    }

    /** @return the planned pilot and waves, each as its cells: wave, group, part, agents, host names */
    public List<List<String>> plannedWaves() {
        Table table = widgets.byId(Table.class, WidgetIds.MOVE_CAMPAIGN_WAVES);
        return UiThread.call(() -> Arrays.stream(table.getItems())
                .map(item -> IntStream.range(0, table.getColumnCount()).mapToObj(item::getText).toList()).toList());
    }

    /** @return the planned campaign in one sentence */
    public String campaignSummary() {
        return text(WidgetIds.MOVE_CAMPAIGN_SUMMARY);
    }

    private void press(String id) {
        Button button = widgets.byId(Button.class, id);
        Wait.until("the button " + id + " can be pressed", () -> UiThread.call(button::isEnabled).booleanValue());
        input.click(Input.centre(button));
    }

    private List<String> planTexts() {
        return UiThread.call(() -> Arrays.asList(shell.isDisposed() ? "" : shell.getText(),
                textOrEmpty(WidgetIds.MOVE_PLAN_PROGRESS), textOrEmpty(WidgetIds.MOVE_PLAN_READINESS)));
    }

    private String text(String id) {
        Control control = widgets.byId(Control.class, id);
        return UiThread.call(() -> textOf(control));
    }

    /** On the UI thread: the text of a shown widget, or empty. */
    private static String textOrEmpty(String id) {
        Control control = Widgets.first(Control.class, each -> id.equals(each.getData(WidgetIds.KEY)));
        return control == null ? "" : textOf(control);
    }

    private static String textOf(Control control) {
        if (control instanceof Label label) {
            return label.getText();
        }
        if (control instanceof Button button) {
            return button.getText();
        }
        if (control instanceof Text text) {
            return text.getText();
        }
        return "";
    }
}
