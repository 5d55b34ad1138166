package io.bulwark.ui.internal.details;

import java.util.ArrayDeque;
import java.util.Deque;

import org.eclipse.emf.ecore.EObject;

import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;

/** Where an agent or domain sits: its agent tree, its server, the path of domains above it. */
public final class TreePlaces {

    private TreePlaces() {
    }

    /** @return the agent tree holding {@code object}, or {@code null} if it is in none (removed) */
    public static AgentTree treeOf(EObject object) {
        for (EObject at = object; at != null; at = at.eContainer()) {
            if (at instanceof AgentTree tree) {
                return tree;
            }
        }
        return null;
    }

    /** @return the server whose tree holds {@code object}, or {@code null} */
    public static ManagementServer serverOf(EObject object) {
        if (object instanceof ManagementServer server) {
            return server;
        }
        AgentTree tree = treeOf(object);
        return tree == null ? null : tree.getServer();
    }

    /** @return the domains from the root down to {@code object}'s container (or itself, for a domain), as "A / B" */
    public static String domainPath(EObject object) {
        Deque<String> names = new ArrayDeque<>();
        for (EObject at = object; at != null; at = at.eContainer()) {
            if (at instanceof Domain domain) {
                names.addFirst(domain.getName());
            }
        }
        return String.join(" / ", names); //$NON-NLS-1$
    }
}
