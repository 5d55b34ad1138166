package io.bulwark.ui.internal.agents;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * The arrow keys of tree views on every desktop, which GTK leaves to Shift, plus and minus: Right opens the selected
 * row, or goes to its first child when it is open; Left closes it, or goes to its parent when it is closed. Up, Down,
 * Home, End, Page Up and Page Down stay the tree's own.
 */
final class TreeKeys {

    private final TreeViewer viewer;

    private TreeKeys(TreeViewer viewer) {
        this.viewer = viewer;
    }

    static void install(TreeViewer viewer) {
        TreeKeys keys = new TreeKeys(viewer);
        viewer.getTree().addListener(SWT.KeyDown, keys::keyDown);
    }

    private void keyDown(Event event) {
        if ((event.keyCode != SWT.ARROW_RIGHT && event.keyCode != SWT.ARROW_LEFT)
                || (event.stateMask & SWT.MODIFIER_MASK) != 0) {
            return;
        }
        IStructuredSelection selection = viewer.getStructuredSelection();
        if (selection.size() != 1) {
            return;
        }
        Object element = selection.getFirstElement();
        ITreeContentProvider content = (ITreeContentProvider) viewer.getContentProvider();
        boolean expanded = viewer.getExpandedState(element);
        if (event.keyCode == SWT.ARROW_RIGHT && content.hasChildren(element)) {
            if (!expanded) {
                viewer.setExpandedState(element, true);
            } else {
                Object[] children = content.getChildren(element);
                if (children.length > 0) {
                    viewer.setSelection(new StructuredSelection(children[0]), true);
                }
            }
            event.doit = false;
        } else if (event.keyCode == SWT.ARROW_LEFT) {
            if (expanded) {
                viewer.setExpandedState(element, false);
            } else {
                Object parent = content.getParent(element);
                if (parent != null && parent != viewer.getInput()) {
                    viewer.setSelection(new StructuredSelection(parent), true);
                }
            }
            event.doit = false;
        }
    }
}
