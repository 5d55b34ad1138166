package io.bulwark.ui.tests.pages;

import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.Arrays;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Wait;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.PolicyWidgetIds;

/** The Apply Template dialog: the connected servers with their root and domains, chosen as targets. */
public final class TemplateTargetsDialog {

    private static final Duration CLICK_TIMEOUT = Duration.ofSeconds(3);
    private static final int CLICK_ATTEMPTS = 3;

    private final Shell shell;
    private final Widgets widgets;
    private final Input input;

    private TemplateTargetsDialog(Shell shell, Widgets widgets, Input input) {
        this.shell = shell;
        this.widgets = widgets;
        this.input = input;
    }

    /** Waits for the dialog of the template {@code name} to open. */
    static TemplateTargetsDialog waitForIt(String name, Widgets widgets, Input input) {
        return new TemplateTargetsDialog(Widgets.shell("Apply Template " + name), widgets, input);
    }

    /** Clicks the scope {@code scope} below the server whose row starts with {@code server}. */
    public TemplateTargetsDialog choose(String server, String scope) {
        TreeItem row = row(server, scope);
        clickUntilSelected(row, () -> input.click(Input.centreOfShown(row)));
        return this;
    }

    /** Clicks the scope with Ctrl held, adding it to the targets chosen. */
    public TemplateTargetsDialog add(String server, String scope) {
        TreeItem row = row(server, scope);
        clickUntilSelected(row, () -> input.clickHolding(Input.centreOfShown(row), KeyEvent.VK_CONTROL));
        return this;
    }

    /**
     * Clicks a row until it is selected: the list of every connected server's scopes can be longer than the dialog, and
     * a click sent while the tree still scrolls to the row can land beside it, when a person would click again.
     */
    private static void clickUntilSelected(TreeItem row, Runnable click) {
        for (int attempt = 1;; attempt++) {
            click.run();
            try {
                Wait.until("the row clicked is selected", () -> UiThread
                        .call(() -> Arrays.asList(row.getParent().getSelection()).contains(row)).booleanValue(),
                        CLICK_TIMEOUT);
                return;
            } catch (AssertionError e) {
                if (attempt == CLICK_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    /** @return the line counting the targets chosen */
    public String summary() {
        Label summary = widgets.byId(Label.class, PolicyWidgetIds.POLICIES_TARGETS_SUMMARY);
        return UiThread.call(summary::getText);
    }

    /** Clicks Preview and waits for the dialog to close. */
    public void preview() {
        input.click(Input.centre(widgets.byId(Button.class, PolicyWidgetIds.POLICIES_TARGETS_PREVIEW)));
        Wait.untilOnUi("the Apply Template dialog is closed", shell::isDisposed);
    }

    private TreeItem row(String server, String scope) {
        Tree tree = widgets.byId(Tree.class, PolicyWidgetIds.POLICIES_TARGETS_TREE);
        return UiThread.call(() -> Arrays.stream(tree.getItems()).filter(item -> item.getText().startsWith(server))
                .flatMap(item -> Arrays.stream(item.getItems())).filter(item -> item.getText().equals(scope))
                .findFirst().orElseThrow(() -> new AssertionError("No target " + scope + " on " + server)));
    }
}
