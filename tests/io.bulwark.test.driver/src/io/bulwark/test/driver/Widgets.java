package io.bulwark.test.driver;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Finds widgets of the running application: by the id production code stores under a data key, or by the text a person
 * sees. Lookups run on the UI thread and wait until the widget exists.
 */
public final class Widgets {

    private final String dataKey;

    /**
     * @param dataKey
     *            the key under which production code stores widget ids, e.g. {@code "bulwark.id"}
     */
    public Widgets(String dataKey) {
        this.dataKey = Objects.requireNonNull(dataKey);
    }

    /** Waits for the visible widget whose id is {@code id} and returns it. */
    public <T extends Control> T byId(Class<T> type, String id) {
        return Wait.forValue("a " + type.getSimpleName() + " with id '" + id + "' is shown",
                () -> first(type, control -> id.equals(control.getData(dataKey))));
    }

    /** Waits for the open shell titled {@code title} and returns it. */
    public static Shell shell(String title) {
        return Wait.forValue("a window titled '" + title + "' is open", () -> {
            for (Shell shell : UiThread.display().getShells()) {
                if (shell.isVisible() && title.equals(shell.getText())) {
                    return shell;
                }
            }
            return null;
        });
    }

    /** The first visible control of {@code type} in any open shell that {@code match} accepts; UI thread only. */
    public static <T extends Control> T first(Class<T> type, Predicate<T> match) {
        for (Shell shell : UiThread.display().getShells()) {
            List<T> found = new ArrayList<>();
            collect(shell, type, match, found);
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        return null;
    }

    /** The texts of every label under {@code root} in the order of the widget tree, shown or not; UI thread only. */
    public static List<String> labelTexts(Control root) {
        List<String> texts = new ArrayList<>();
        addLabelTexts(root, texts);
        return texts;
    }

    private static void addLabelTexts(Control control, List<String> texts) {
        if (control instanceof Label label) {
            texts.add(label.getText());
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                addLabelTexts(child, texts);
            }
        }
    }

    private static <T extends Control> void collect(Control control, Class<T> type, Predicate<T> match,
            List<T> found) {
        if (control.isDisposed() || !control.isVisible()) {
            return;
        }
        if (type.isInstance(control) && match.test(type.cast(control))) {
            found.add(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, match, found);
            }
        }
    }
}
