package io.bulwark.ui.tests.layout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.WidgetIds;

/**
 * The part stack holding the Servers part, as the layout shows it: its width, and the boundary to its right neighbour
 * that a person drags to give it more room. Shared by the two console runs of the layout test, which hand the width
 * over in a file ({@value #RECORD_PROPERTY}).
 */
final class ServersStack {

    /** System property naming the file in which the first run records the width the second run must find. */
    static final String RECORD_PROPERTY = "bulwark.test.layoutRecord";

    private final CTabFolder folder;

    private ServersStack(CTabFolder folder) {
        this.folder = folder;
    }

    static ServersStack find() {
        Control servers = new Widgets(WidgetIds.KEY).byId(Control.class, WidgetIds.SERVERS_TREE);
        return new ServersStack(UiThread.call(() -> {
            Control control = servers;
            while (!(control instanceof CTabFolder)) {
                control = control.getParent();
            }
            return (CTabFolder) control;
        }));
    }

    int width() {
        return UiThread.call(() -> folder.getSize().x);
    }

    /** The middle of the gap between the stack and the container right of it, in screen coordinates. */
    Point rightBoundary() {
        return UiThread.call(() -> {
            Composite container = folder.getParent();
            Control[] siblings = container.getChildren();
            Rectangle own = folder.getBounds();
            int gapEnd = container.getClientArea().width;
            for (Control sibling : siblings) {
                Rectangle bounds = sibling.getBounds();
                if (sibling != folder && sibling.isVisible() && bounds.x >= own.x + own.width) {
                    gapEnd = Math.min(gapEnd, bounds.x);
                }
            }
            int x = (own.x + own.width + gapEnd) / 2;
            return container.toDisplay(x, own.y + own.height / 2);
        });
    }

    /** @return when the workbench last saved its model (layout) in the instance area, in milliseconds; 0 if never */
    static long savedLayoutTime() {
        try {
            Path workbench = Path.of(URI.create(System.getProperty("osgi.instance.area"))) //$NON-NLS-1$
                    .resolve(".metadata/.plugins/org.eclipse.e4.workbench/workbench.xmi"); //$NON-NLS-1$
            return Files.exists(workbench) ? Files.getLastModifiedTime(workbench).toMillis() : 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path record() {
        return Path.of(System.getProperty(RECORD_PROPERTY));
    }

    static void recordWidth(int width) throws IOException {
        Files.createDirectories(record().getParent());
        Files.writeString(record(), Integer.toString(width), StandardCharsets.UTF_8);
    }

    static int recordedWidth() throws IOException {
        return Integer.parseInt(Files.readString(record(), StandardCharsets.UTF_8).trim());
    }
}
