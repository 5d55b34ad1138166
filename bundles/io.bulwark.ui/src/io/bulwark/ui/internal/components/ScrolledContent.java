package io.bulwark.ui.internal.components;

import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Composite;

/**
 * The body of an administration part, scrolled when the part is smaller than its content (the administration stack is a
 * corner of the window), so nothing is cut off.
 */
public final class ScrolledContent {

    private final ScrolledComposite scrolled;
    private final Composite body;

    /**
     * @param parent
     *            the part's composite
     * @param columns
     *            the columns of the body's grid
     */
    public ScrolledContent(Composite parent, int columns) {
        scrolled = new ScrolledComposite(parent, SWT.V_SCROLL | SWT.H_SCROLL);
        scrolled.setExpandHorizontal(true);
        scrolled.setExpandVertical(true);
        body = new Composite(scrolled, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(body);
        scrolled.setContent(body);
    }

    /** @return the composite to build the part's widgets in */
    public Composite body() {
        return body;
    }

    /** Lets the body scroll from its preferred size down; call after adding or changing widgets. */
    public void layout() {
        if (!scrolled.isDisposed()) {
            scrolled.setMinSize(body.computeSize(SWT.DEFAULT, SWT.DEFAULT));
            body.layout(true, true);
        }
    }
}
