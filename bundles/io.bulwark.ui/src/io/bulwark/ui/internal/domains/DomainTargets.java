package io.bulwark.ui.internal.domains;

import java.util.Collection;

import org.eclipse.emf.ecore.EObject;

import io.bulwark.model.AccountRole;
import io.bulwark.model.Agent;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;
import io.bulwark.ui.internal.details.TreePlaces;

/** What the domain commands act on: the one server, domain or agent selected, and whether its account may change it. */
final class DomainTargets {

    private DomainTargets() {
    }

    /** @return the one selected model object, or {@code null} for none or several */
    static EObject single(Object selection) {
        Object one = selection instanceof Collection<?> several && several.size() == 1
                ? several.iterator().next()
                : selection;
        return one instanceof ManagementServer || one instanceof Domain || one instanceof Agent ? (EObject) one : null;
    }

    /** @return the selected domain, or {@code null} */
    static Domain domain(Object selection) {
        return single(selection) instanceof Domain domain && domain.eContainer() != null ? domain : null;
    }

    /** @return the connected server of the selected object, or {@code null} */
    static ManagementServer server(Object selection) {
        EObject one = single(selection);
        ManagementServer server = one == null ? null : TreePlaces.serverOf(one);
        return server != null && server.getState() == ConnectionState.CONNECTED && server.getAgentTree() != null
                ? server
                : null;
    }

    /** @return whether the account the console signed in with may change domains (not a read-only operator) */
    static boolean mayEditDomains(ManagementServer server) {
        return server != null && server.isSetRole() && server.getRole() != AccountRole.OPERATOR;
    }

    /** @return whether the account may change grouping rules (root only, as the server enforces) */
    static boolean mayEditRules(ManagementServer server) {
        return server != null && server.isSetRole() && server.getRole() == AccountRole.ROOT;
    }
}
