package io.bulwark.model.settings;

import java.util.Objects;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

/**
 * The value of one settings group in effect at a scope, and the policy it comes from: the scope's own, an enclosing
 * domain's or the root's. Answers "what applies here, and who set it".
 *
 * @param group
 *            the group, one of {@link PolicyGroups#all()}
 * @param value
 *            the group's value in effect; never {@code null}
 * @param source
 *            the policy that sets it
 */
public record EffectiveSetting(EReference group, EObject value, Policy source) {

    /**
     * @param group
     *            the group
     * @param value
     *            its value in effect
     * @param source
     *            the policy that sets it
     */
    public EffectiveSetting {
        Objects.requireNonNull(group, "group"); //$NON-NLS-1$
        Objects.requireNonNull(value, "value"); //$NON-NLS-1$
        Objects.requireNonNull(source, "source"); //$NON-NLS-1$
    }

    /** @return the kind of scope the value comes from (root, domain or agent) */
    public PolicyScope scope() {
        return source.getScope();
    }

    /**
     * @return what holds the source policy: an {@link io.bulwark.model.Agent}, a {@link io.bulwark.model.Domain} or the
     *         {@link io.bulwark.model.AgentTree} for the root; {@code null} for a policy held by nothing
     */
    public EObject owner() {
        return source.eContainer();
    }

    /**
     * @param scopeOwner
     *            an agent, domain or agent tree
     * @return whether the value is set by {@code scopeOwner} itself rather than inherited
     */
    public boolean isSetBy(EObject scopeOwner) {
        return owner() == scopeOwner;
    }
}
