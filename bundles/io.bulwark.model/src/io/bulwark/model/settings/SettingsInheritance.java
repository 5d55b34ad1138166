package io.bulwark.model.settings;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;

/**
 * Settings inheritance as the server applies it: a scope's value for a group is its own policy's if that sets the
 * group, else the enclosing domain's, up the domain chain, and finally the root policy of the agent tree. Each scan
 * type is inherited on its own (it is a group of its own); the global agent settings always come from the root.
 * <p>
 * The model must be the live tree: an agent is contained in a domain or directly in the {@link AgentTree}, a domain in
 * its parent domain or the agent tree.
 */
public final class SettingsInheritance {

    private SettingsInheritance() {
    }

    /**
     * @param agent
     *            an agent of an agent tree
     * @param group
     *            one of {@link PolicyGroups#all()}
     * @return the value in effect for the agent and the policy it comes from; empty if no scope up to the root sets it
     */
    public static Optional<EffectiveSetting> effective(Agent agent, EReference group) {
        return resolve(agent, group);
    }

    /**
     * @param domain
     *            a domain of an agent tree
     * @param group
     *            one of {@link PolicyGroups#all()}
     * @return the value in effect for the domain (what its agents inherit) and the policy it comes from; empty if no
     *         scope up to the root sets it
     */
    public static Optional<EffectiveSetting> effective(Domain domain, EReference group) {
        return resolve(domain, group);
    }

    /**
     * @param tree
     *            an agent tree
     * @param group
     *            one of {@link PolicyGroups#all()}
     * @return the root's value and the root policy; empty if the root policy is missing or does not set the group
     */
    public static Optional<EffectiveSetting> effective(AgentTree tree, EReference group) {
        return resolve(tree, group);
    }

    /**
     * @param agent
     *            an agent of an agent tree
     * @return every group that is in effect for the agent, in document order, with the policy each comes from
     */
    public static Map<EReference, EffectiveSetting> effective(Agent agent) {
        return resolveAll(agent);
    }

    /**
     * @param domain
     *            a domain of an agent tree
     * @return every group in effect for the domain, in document order, with the policy each comes from
     */
    public static Map<EReference, EffectiveSetting> effective(Domain domain) {
        return resolveAll(domain);
    }

    /**
     * @param scope
     *            an agent, domain or agent tree
     * @return the policies that apply to it, nearest first: its own, its domains' up the chain, the root's; scopes
     *         without a policy are left out
     */
    public static List<Policy> policyChain(EObject scope) {
        List<Policy> chain = new ArrayList<>();
        for (EObject at = scope; at != null; at = at.eContainer()) {
            Policy policy = policyOf(at);
            if (policy != null) {
                chain.add(policy);
            }
            if (at instanceof AgentTree) {
                break;
            }
        }
        return Collections.unmodifiableList(chain);
    }

    private static Map<EReference, EffectiveSetting> resolveAll(EObject scope) {
        Map<EReference, EffectiveSetting> effective = new LinkedHashMap<>();
        for (EReference group : PolicyGroups.all()) {
            resolve(scope, group).ifPresent(setting -> effective.put(group, setting));
        }
        return Collections.unmodifiableMap(effective);
    }

    private static Optional<EffectiveSetting> resolve(EObject scope, EReference group) {
        PolicyGroups.name(group);
        for (Policy policy : policyChain(scope)) {
            if (PolicyGroups.isRootOnly(group) && !(policy.eContainer() instanceof AgentTree)) {
                continue;
            }
            EObject value = (EObject) policy.eGet(group);
            if (value != null) {
                return Optional.of(new EffectiveSetting(group, value, policy));
            }
        }
        return Optional.empty();
    }

    private static Policy policyOf(EObject scope) {
        if (scope instanceof Agent agent) {
            return agent.getPolicy();
        }
        if (scope instanceof Domain domain) {
            return domain.getPolicy();
        }
        if (scope instanceof AgentTree tree) {
            return tree.getRootPolicy();
        }
        return null;
    }
}
