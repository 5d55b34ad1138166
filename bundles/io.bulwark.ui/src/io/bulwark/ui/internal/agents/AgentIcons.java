package io.bulwark.ui.internal.agents;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.jface.viewers.DecorationOverlayIcon;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

import io.bulwark.model.AgentStatus;

/**
 * The icons of the agent tree: one per kind of row and per agent status, with small overlays for an agent whose
 * components are out of date (top right) and for an update agent (bottom right). Images are made once per combination
 * and disposed with the tree.
 */
final class AgentIcons {

    private static final String FOLDER = "icons/"; //$NON-NLS-1$

    private final ResourceManager resources;
    private final ImageDescriptor outdated = descriptor("overlay_outdated.png"); //$NON-NLS-1$
    private final ImageDescriptor updateAgent = descriptor("overlay_update_agent.png"); //$NON-NLS-1$

    AgentIcons(Control owner) {
        resources = new LocalResourceManager(JFaceResources.getResources(), owner);
    }

    Image server() {
        return image("server.png"); //$NON-NLS-1$
    }

    Image domain() {
        return image("domain.png"); //$NON-NLS-1$
    }

    Image range() {
        return image("range.png"); //$NON-NLS-1$
    }

    /**
     * @param status
     *            the agent's status
     * @param isOutdated
     *            whether its components are out of date
     * @param isUpdateAgent
     *            whether it is an update agent
     * @return the agent's icon with its overlays
     */
    Image agent(AgentStatus status, boolean isOutdated, boolean isUpdateAgent) {
        ImageDescriptor base = descriptor(switch (status == null ? AgentStatus.OFFLINE : status) {
            case ONLINE -> "agent_online.png"; //$NON-NLS-1$
            case OFFLINE -> "agent_offline.png"; //$NON-NLS-1$
            case ROAMING -> "agent_roaming.png"; //$NON-NLS-1$
            case MOVING -> "agent_moving.png"; //$NON-NLS-1$
        });
        if (!isOutdated && !isUpdateAgent) {
            return resources.create(base);
        }
        ImageDescriptor[] overlays = new ImageDescriptor[5];
        overlays[IDecoration.TOP_RIGHT] = isOutdated ? outdated : null;
        overlays[IDecoration.BOTTOM_RIGHT] = isUpdateAgent ? updateAgent : null;
        return resources.create(new DecorationOverlayIcon(resources.create(base), overlays));
    }

    private Image image(String name) {
        return resources.create(descriptor(name));
    }

    private static ImageDescriptor descriptor(String name) {
        return ResourceLocator.imageDescriptorFromBundle(AgentIcons.class, FOLDER + name)
                .orElseGet(ImageDescriptor::getMissingImageDescriptor);
    }
}
