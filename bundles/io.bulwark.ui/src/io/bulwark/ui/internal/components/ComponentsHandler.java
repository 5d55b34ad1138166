package io.bulwark.ui.internal.components;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;

/** Finds the Components part, where the component commands run and show their progress and outcome. */
final class ComponentsHandler {

    private ComponentsHandler() {
    }

    /**
     * @param parts
     *            the part service
     * @param show
     *            whether to bring the part up if it is not shown
     * @return the part's object, or {@code null} when it is not created
     */
    static ComponentsPart part(EPartService parts, boolean show) {
        MPart part = show
                ? parts.showPart(ComponentsPart.ID, EPartService.PartState.VISIBLE)
                : parts.findPart(ComponentsPart.ID);
        return part != null && part.getObject() instanceof ComponentsPart components ? components : null;
    }
}
