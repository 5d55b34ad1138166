package io.bulwark.ui.internal.details;

import java.util.List;

import org.eclipse.jface.viewers.ITreeContentProvider;

/** The rows of the Details part: the input is the list of top rows, each row's children are its own. */
final class DetailRowProvider implements ITreeContentProvider {

    @Override
    public Object[] getElements(Object input) {
        return input instanceof List<?> rows ? rows.toArray() : new Object[0];
    }

    @Override
    public Object[] getChildren(Object parent) {
        return parent instanceof DetailRow row ? row.children().toArray() : new Object[0];
    }

    @Override
    public Object getParent(Object element) {
        return null;
    }

    @Override
    public boolean hasChildren(Object element) {
        return element instanceof DetailRow row && !row.children().isEmpty();
    }
}
