package io.bulwark.ui.tests.pages;

import java.awt.event.KeyEvent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Wait;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.WidgetIds;

/**
 * The Servers part as a person uses it: a tree of folders and servers to read, click, drag and move through with the
 * keyboard, and the keys of its commands. Server rows show an address; folder rows do not.
 */
public final class ServersPart {

    private static final int NAME_COLUMN = 0;
    private static final int ADDRESS_COLUMN = 1;
    private static final int STATE_COLUMN = 2;
    private static final int SIGNED_IN_AS_COLUMN = 3;

    private final Widgets widgets;
    private final Tree tree;
    private final Input input;

    ServersPart(Widgets widgets, Input input) {
        this.widgets = widgets;
        this.tree = widgets.byId(Tree.class, WidgetIds.SERVERS_TREE);
        this.input = input;
    }

    /** Gives the tree the keyboard focus, as a person clicking into the part would, so that the part is active. */
    public void focus() {
        // Keys reach the window under the pointer when no window manager sets the input focus: click into the tree.
        input.click(Input.centre(tree));
        UiThread.run(() -> {
            tree.getShell().forceActive();
            tree.setFocus();
        });
        Wait.untilOnUi("the servers tree has the keyboard focus", tree::isFocusControl);
    }

    /** Opens Add Server with its key (Ctrl+N) and returns the dialog. */
    public ServerDialog openAddDialog() {
        input.chord(KeyEvent.VK_N, KeyEvent.VK_CONTROL);
        return new ServerDialog(widgets, input);
    }

    /** Clicks the server named {@code name}, opens Edit Server with its key (Ctrl+E) and returns the dialog. */
    public ServerDialog openEditDialog(String name) {
        clickNamed(name);
        Wait.untilOnUi("the row " + name + " is selected", () -> tree.getSelectionCount() == 1
                && name.equals(tree.getSelection()[0].getText(NAME_COLUMN)));
        input.chord(KeyEvent.VK_E, KeyEvent.VK_CONTROL);
        return new ServerDialog(widgets, input);
    }

    /** Waits for the certificate dialog and returns it. */
    public CertificateDialog certificateDialog() {
        return new CertificateDialog(widgets, input);
    }

    /** Clicks the server named {@code name}, presses Delete and confirms the removal with Enter. */
    public void removeWithConfirmation(String name) {
        clickNamed(name);
        Wait.untilOnUi("the row " + name + " is selected", () -> tree.getSelectionCount() == 1
                && name.equals(tree.getSelection()[0].getText(NAME_COLUMN)));
        input.press(KeyEvent.VK_DELETE);
        Shell confirm = widgets.byId(Shell.class,
                WidgetIds.SERVERS_CONFIRM_DIALOG);
        input.press(KeyEvent.VK_ENTER);
        Wait.untilOnUi("the confirmation is closed", confirm::isDisposed);
    }

    /** Opens New Folder with its key (Ctrl+Shift+N), types the name and presses Enter. */
    public void createFolder(String name) {
        input.chord(KeyEvent.VK_N, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        Shell dialog = widgets.byId(Shell.class,
                WidgetIds.FOLDER_NAME_DIALOG);
        input.type(name);
        input.press(KeyEvent.VK_ENTER);
        Wait.untilOnUi("the folder dialog is closed", dialog::isDisposed);
    }

    /**
     * Clicks the folder named {@code folder}, opens Rename Folder with its key (F2), types {@code name} over the name
     * shown and presses Enter.
     */
    public void renameFolder(String folder, String name) {
        select(folder);
        input.press(KeyEvent.VK_F2);
        Shell dialog = widgets.byId(Shell.class, WidgetIds.FOLDER_NAME_DIALOG);
        input.type(name);
        input.press(KeyEvent.VK_ENTER);
        Wait.untilOnUi("the folder dialog is closed", dialog::isDisposed);
    }

    /** Clicks the folder named {@code folder}, deletes it with its key (Ctrl+Shift+Delete) and confirms with Enter. */
    public void deleteFolderWithConfirmation(String folder) {
        select(folder);
        input.chord(KeyEvent.VK_DELETE, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        Shell confirm = widgets.byId(Shell.class, WidgetIds.SERVERS_CONFIRM_DIALOG);
        input.press(KeyEvent.VK_ENTER);
        Wait.untilOnUi("the confirmation is closed", confirm::isDisposed);
    }

    /** Exports the server list with its key (Ctrl+Shift+E); the file chooser service is asked where to. */
    public void exportList() {
        input.chord(KeyEvent.VK_E, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
    }

    /** Imports a server list with its key (Ctrl+Shift+I); the file chooser service is asked which file. */
    public void importList() {
        input.chord(KeyEvent.VK_I, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
    }

    /**
     * Waits for the part's message window (an error or a report), reads its title and texts and closes it with Enter.
     *
     * @return the title followed by every text the window shows
     */
    public List<String> readAndCloseMessage() {
        Shell message = widgets.byId(Shell.class, WidgetIds.SERVERS_MESSAGE_DIALOG);
        List<String> texts = UiThread.call(() -> {
            List<String> found = new ArrayList<>(List.of(message.getText()));
            found.addAll(Widgets.labelTexts(message));
            return found;
        });
        input.press(KeyEvent.VK_ENTER);
        Wait.untilOnUi("the message is closed", message::isDisposed);
        return texts;
    }

    /**
     * Clicks the row named {@code name} and waits until it is the selection and the window has the keyboard, which
     * after a dialog closes it may not have without a window manager.
     */
    public void select(String name) {
        clickNamed(name);
        UiThread.run(() -> {
            tree.getShell().forceActive();
            tree.setFocus();
        });
        Wait.untilOnUi("the row " + name + " is selected", () -> tree.isFocusControl() && tree.getSelectionCount() == 1
                && name.equals(tree.getSelection()[0].getText(NAME_COLUMN)));
    }

    /** The name column of the server rows, top to bottom, whatever folder they are in. */
    public List<String> names() {
        return column(NAME_COLUMN);
    }

    /** The address column of the server rows, top to bottom. */
    public List<String> addresses() {
        return column(ADDRESS_COLUMN);
    }

    /** The state column of the server rows, top to bottom. */
    public List<String> states() {
        return column(STATE_COLUMN);
    }

    /** The "signed in as" column of the server rows, top to bottom. */
    public List<String> signedInAs() {
        return column(SIGNED_IN_AS_COLUMN);
    }

    /** The names of the folder rows, top to bottom. */
    public List<String> folders() {
        return UiThread.call(() -> rows(item -> item.getText(ADDRESS_COLUMN).isEmpty()).stream()
                .map(item -> item.getText(NAME_COLUMN)).toList());
    }

    /** The name of the folder the server row named {@code server} is in, or {@code null} at the top level. */
    public String folderOf(String server) {
        return UiThread.call(() -> {
            TreeItem parent = row(server).getParentItem();
            return parent == null ? null : parent.getText(NAME_COLUMN);
        });
    }

    /** The state shown for the server named {@code name}, or {@code null} when no row shows it. */
    public String stateOf(String name) {
        return UiThread.call(() -> rows(item -> name.equals(item.getText(NAME_COLUMN))).stream()
                .map(item -> item.getText(STATE_COLUMN)).findFirst().orElse(null));
    }

    /**
     * Whether every server named shows as connected, whatever other servers the console knows: in a console shared by
     * the tests of several fixtures, each waits for its own servers.
     */
    public boolean connected(List<String> names) {
        return names.stream().allMatch(name -> "Connected".equals(stateOf(name)));
    }

    /** The addresses of the selected server rows. */
    public List<String> selectedAddresses() {
        return UiThread.call(() -> Arrays.stream(tree.getSelection()).map(item -> item.getText(ADDRESS_COLUMN))
                .filter(address -> !address.isEmpty()).toList());
    }

    /** Clicks the server row showing {@code address}. */
    public void clickRow(String address) {
        TreeItem row = UiThread.call(() -> rows(item -> address.equals(item.getText(ADDRESS_COLUMN))).stream()
                .findFirst().orElseThrow(() -> new AssertionError("No row shows " + address)));
        input.click(Input.centre(row));
    }

    /** Clicks the row (server or folder) named {@code name}. */
    public void clickNamed(String name) {
        input.click(centreOf(name));
    }

    /** Drags the row named {@code name} with the mouse and drops it on the row named {@code target}. */
    public void drag(String name, String target) {
        input.drag(centreOf(name), centreOf(target));
    }

    private Point centreOf(String name) {
        return Input.centre(UiThread.call(() -> row(name)));
    }

    /** Presses the down-arrow key, as a person moving to the next row. */
    public void pressDown() {
        input.press(KeyEvent.VK_DOWN);
    }

    /** Presses a command's key (e.g. Ctrl+N for Add Server) while the tree has the focus. */
    public void pressKeys(int keyCode, int... modifiers) {
        input.chord(keyCode, modifiers);
    }

    private TreeItem row(String name) {
        return rows(item -> name.equals(item.getText(NAME_COLUMN))).stream().findFirst()
                .orElseThrow(() -> new AssertionError("No row is named " + name));
    }

    private List<String> column(int index) {
        return UiThread.call(() -> rows(item -> !item.getText(ADDRESS_COLUMN).isEmpty()).stream()
                .map(item -> item.getText(index)).toList());
    }

    /** The rows {@code match} accepts, depth first, as far as the tree shows them; UI thread only. */
    private List<TreeItem> rows(Predicate<TreeItem> match) {
        List<TreeItem> found = new ArrayList<>();
        collect(tree.getItems(), match, found);
        return found;
    }

    private static void collect(TreeItem[] items, Predicate<TreeItem> match, List<TreeItem> found) {
        for (TreeItem item : items) {
            if (match.test(item)) {
                found.add(item);
            }
            collect(item.getItems(), match, found);
        }
    }
}
