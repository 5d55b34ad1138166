package io.bulwark.client.internal.live;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.bulwark.client.internal.mapping.SettingsMapping;
import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.ModelPackage;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyScope;
import io.bulwark.model.tree.AgentTreeIndex;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.SettingsScope;

/**
 * Puts a scope's policy as the server holds it onto the scope's owner in the agent tree: the tree itself for the root,
 * a domain, or an agent. Runs on the model thread.
 */
public final class ScopePolicies {

    private ScopePolicies() {
    }

    /**
     * The entity tag the server gives a policy version, as its {@code ETag} header carries it; a policy's version in
     * the model is this tag, sent back as {@code If-Match}.
     *
     * @param version
     *            the policy's version number
     * @return its entity tag
     */
    public static String entityTag(long version) {
        return "\"" + version + "\""; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param tree
     *            the server's agent tree
     * @param scope
     *            the policy's scope
     * @param settings
     *            the settings the scope sets
     * @param version
     *            the policy's entity tag
     * @return whether the tree holds the scope's owner (a domain or agent not loaded yet has nothing to update)
     * @throws IllegalArgumentException
     *             if the settings hold a value this console does not know; the model is then unchanged
     */
    public static boolean apply(AgentTree tree, SettingsScope scope, PolicySettings settings, String version) {
        EObject owner = owner(tree, scope);
        if (owner == null) {
            return false;
        }
        EReference feature = policyFeature(owner);
        Policy policy = (Policy) owner.eGet(feature);
        if (policy == null) {
            policy = SettingsMapping.toModel(settings);
            policy.setScope(scopeOf(owner));
            policy.setVersion(version);
            owner.eSet(feature, policy);
        } else {
            SettingsMapping.toModel(settings, policy);
            policy.setVersion(version);
        }
        return true;
    }

    /**
     * @param tree
     *            the server's agent tree
     * @param scope
     *            a scope of that server
     * @return the object whose policy the scope is, or {@code null} if the tree does not hold it
     */
    public static EObject owner(AgentTree tree, SettingsScope scope) {
        return switch (scope.kind()) {
            case SettingsScope.ROOT -> tree;
            case SettingsScope.DOMAIN -> AgentTreeIndex.of(tree).domain(scope.domainId().longValue());
            case SettingsScope.AGENT -> AgentTreeIndex.of(tree).agent(scope.agentId());
            default -> null;
        };
    }

    /**
     * @param owner
     *            the tree, a domain or an agent
     * @return the scope whose policy the owner holds
     */
    public static SettingsScope scope(EObject owner) {
        if (owner instanceof Domain domain) {
            return SettingsScope.domain(domain.getId());
        }
        if (owner instanceof Agent agent) {
            return SettingsScope.agent(agent.getId());
        }
        return SettingsScope.root();
    }

    private static EReference policyFeature(EObject owner) {
        if (owner instanceof Domain) {
            return ModelPackage.Literals.DOMAIN__POLICY;
        }
        if (owner instanceof Agent) {
            return ModelPackage.Literals.AGENT__POLICY;
        }
        return ModelPackage.Literals.AGENT_TREE__ROOT_POLICY;
    }

    private static PolicyScope scopeOf(EObject owner) {
        if (owner instanceof Domain) {
            return PolicyScope.DOMAIN;
        }
        return owner instanceof Agent ? PolicyScope.AGENT : PolicyScope.ROOT;
    }
}
