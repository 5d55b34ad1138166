package io.bulwark.ui.tests.pages;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;

import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Wait;
import io.bulwark.test.driver.Widgets;

/**
 * The tabs of the part stacks, found by the id of the part in the application model (the workbench keeps the part on
 * its tab), and clicked as a person would to bring a part to the front.
 */
public final class PartTabs {

    /** The key under which the workbench keeps a tab's part. */
    private static final String MODEL_ELEMENT = "modelElement";

    private PartTabs() {
    }

    /** Clicks the tab of the part whose model id is {@code partId}, and waits until it is the selected tab. */
    public static void show(Input input, String partId) {
        CTabItem tab = Wait.forValue("a tab shows the part " + partId, () -> UiThread.call(() -> find(partId)));
        Point centre = UiThread.call(() -> {
            Rectangle bounds = tab.getBounds();
            return tab.getParent().toDisplay(bounds.x + bounds.width / 2, bounds.y + bounds.height / 2);
        });
        input.click(centre);
        Wait.until("the part " + partId + " is in front", () -> UiThread.call(() -> tab.getParent()
                .getSelection() == tab));
    }

    private static CTabItem find(String partId) {
        CTabFolder[] found = new CTabFolder[1];
        CTabItem[] item = new CTabItem[1];
        Widgets.first(CTabFolder.class, folder -> {
            for (CTabItem each : folder.getItems()) {
                if (partId.equals(elementId(each.getData(MODEL_ELEMENT)))) {
                    found[0] = folder;
                    item[0] = each;
                    return true;
                }
            }
            return false;
        });
        return item[0];
    }

    /** The element id of a model element, read without tying the tests to the workbench model's API. */
    private static String elementId(Object element) {
        if (element == null) {
            return null;
        }
        try {
            return String.valueOf(element.getClass().getMethod("getElementId").invoke(element));
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}
