package io.bulwark.ui.internal.settings;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import io.bulwark.model.AccountRole;
import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.tree.AgentTreeIndex;
import io.bulwark.protocol.settings.SettingsScope;

/**
 * The scopes whose settings an editor edits, as the live model holds them: the agent tree (the root), a domain or an
 * agent; what a selection names, how a scope is written into an editor's persisted state, and how it reads to a person.
 */
final class SettingsScopes {

    private static final String DOMAIN_PREFIX = SettingsScope.DOMAIN + ':';
    private static final String AGENT_PREFIX = SettingsScope.AGENT + ':';

    private SettingsScopes() {
    }

    /**
     * @param selection
     *            a published selection: a server, a domain, an agent, or a list of one of them
     * @return the scope owner it names (the agent tree for a connected server), or {@code null}
     */
    static EObject ownerOf(Object selection) {
        Object element = selection instanceof List<?> list && list.size() == 1 ? list.get(0) : selection;
        if (element instanceof ManagementServer server) {
            return server.getAgentTree();
        }
        return element instanceof Domain || element instanceof Agent ? (EObject) element : null;
    }

    /** @return the server whose tree holds the owner, or {@code null} if it is not in a tree */
    static ManagementServer serverOf(EObject owner) {
        for (EObject at = owner; at != null; at = at.eContainer()) {
            if (at instanceof AgentTree tree) {
                return tree.getServer();
            }
        }
        return null;
    }

    /** @return the scope on the wire */
    static SettingsScope scopeOf(EObject owner) {
        if (owner instanceof Domain domain) {
            return SettingsScope.domain(domain.getId());
        }
        if (owner instanceof Agent agent) {
            return SettingsScope.agent(agent.getId());
        }
        return SettingsScope.root();
    }

    /** @return the scope as text for an editor's persisted state */
    static String key(SettingsScope scope) {
        return switch (scope.kind()) {
            case SettingsScope.DOMAIN -> DOMAIN_PREFIX + scope.domainId();
            case SettingsScope.AGENT -> AGENT_PREFIX + scope.agentId();
            default -> SettingsScope.ROOT;
        };
    }

    /** @return the scope {@link #key} wrote, or {@code null} for text it did not write */
    static SettingsScope parse(String key) {
        if (key == null) {
            return null;
        }
        if (key.startsWith(DOMAIN_PREFIX)) {
            try {
                return SettingsScope.domain(Long.parseLong(key.substring(DOMAIN_PREFIX.length())));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        if (key.startsWith(AGENT_PREFIX)) {
            return SettingsScope.agent(key.substring(AGENT_PREFIX.length()));
        }
        return SettingsScope.ROOT.equals(key) ? SettingsScope.root() : null;
    }

    /** @return the owner of the scope in the tree, or {@code null} if the tree does not hold it */
    static EObject owner(AgentTree tree, SettingsScope scope) {
        return switch (scope.kind()) {
            case SettingsScope.DOMAIN -> AgentTreeIndex.of(tree).domain(scope.domainId().longValue());
            case SettingsScope.AGENT -> AgentTreeIndex.of(tree).agent(scope.agentId());
            default -> tree;
        };
    }

    /** @return whether the owner stands for a template of the policy workspace: a domain of no tree */
    static boolean isTemplate(EObject owner) {
        return owner instanceof Domain && owner.eContainer() == null;
    }

    /** @return what an editor says of a group the scope neither sets nor inherits */
    static String notSet(EObject owner) {
        return isTemplate(owner) ? Messages.GroupPage_leftToTargets : Messages.GroupPage_notSetAnywhere;
    }

    /** @return the policy the owner holds, or {@code null} */
    static Policy policyOf(EObject owner) {
        if (owner instanceof Domain domain) {
            return domain.getPolicy();
        }
        if (owner instanceof Agent agent) {
            return agent.getPolicy();
        }
        return owner instanceof AgentTree tree ? tree.getRootPolicy() : null;
    }

    /** @return the scope for a person, without the server: "Root", "Domain Branch office", "Agent pc-001" */
    static String name(EObject owner) {
        if (owner instanceof Domain domain) {
            return NLS.bind(Messages.SettingsScopes_domain, domain.getName());
        }
        if (owner instanceof Agent agent) {
            return NLS.bind(Messages.SettingsScopes_agent, agent.getHostName());
        }
        return Messages.SettingsScopes_root;
    }

    /** @return the scope for a person, with its server, e.g. for an editor's title */
    static String title(EObject owner) {
        ManagementServer server = serverOf(owner);
        return NLS.bind(Messages.SettingsScopes_title, name(owner), server == null ? "" : server.getName()); //$NON-NLS-1$
    }

    /**
     * @return why the account this console signed in with may not change the scope's settings, or {@code null} if it
     *         may: an operator only reads, an account whose role is unknown is treated as one, and an administrator of
     *         some domains may not change the root
     */
    static String readOnlyReason(EObject owner) {
        ManagementServer server = serverOf(owner);
        if (server == null) {
            return Messages.SettingsScopes_readOnlyNoServer;
        }
        if (!server.isSetRole()) {
            return NLS.bind(Messages.SettingsScopes_readOnlyUnknownRole, server.getName());
        }
        if (server.getRole() == AccountRole.OPERATOR) {
            return NLS.bind(Messages.SettingsScopes_readOnlyOperator, server.getUser(), server.getName());
        }
        if (server.getRole() == AccountRole.ADMINISTRATOR && owner instanceof AgentTree) {
            return NLS.bind(Messages.SettingsScopes_readOnlyAdministratorRoot, server.getUser(), server.getName());
        }
        return null;
    }
}
