package io.bulwark.model.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.ModelPackage;

/**
 * Commands for the changes an administrator makes to an agent tree, built so that undo restores exactly what was there
 * before. A plain {@link AddCommand} into another container would move an object, but its undo would only remove it,
 * losing where it came from; a move here removes from each old place and adds to the new one in one compound command.
 */
public final class TreeCommands {

    private TreeCommands() {
    }

    /**
     * @param editingDomain
     *            the editing domain
     * @param domain
     *            a domain
     * @param name
     *            its new name
     * @return a command that renames the domain
     */
    public static Command renameDomain(EditingDomain editingDomain, Domain domain, String name) {
        return SetCommand.create(editingDomain, domain, ModelPackage.Literals.DOMAIN__NAME, name);
    }

    /**
     * @param editingDomain
     *            the editing domain
     * @param parent
     *            the tree (for a top-level domain) or the domain to add to
     * @param domain
     *            a new domain
     * @return a command that adds the domain
     */
    public static Command addDomain(EditingDomain editingDomain, EObject parent, Domain domain) {
        EReference feature = domainsOf(parent);
        return feature == null
                ? UnexecutableCommand.INSTANCE
                : AddCommand.create(editingDomain, parent, feature, domain);
    }

    /**
     * @param editingDomain
     *            the editing domain
     * @param agents
     *            agents of one tree, from any domains
     * @param target
     *            the tree (for the root scope) or the domain to move them into
     * @return a command that moves the agents, or an unexecutable one if there is nothing to move or the target holds
     *         no agents
     */
    public static Command moveAgents(EditingDomain editingDomain, Collection<Agent> agents, EObject target) {
        EReference feature = target instanceof AgentTree
                ? ModelPackage.Literals.AGENT_TREE__AGENTS
                : target instanceof Domain ? ModelPackage.Literals.DOMAIN__AGENTS : null;
        return move(editingDomain, agents, target, feature);
    }

    /**
     * @param editingDomain
     *            the editing domain
     * @param domains
     *            domains of one tree
     * @param target
     *            the tree (to make them top-level) or the domain to nest them in
     * @return a command that moves the domains with everything in them; unexecutable if a domain would move into itself
     *         or one of its descendants
     */
    public static Command moveDomains(EditingDomain editingDomain, Collection<Domain> domains, EObject target) {
        for (Domain domain : domains) {
            for (EObject at = target; at != null; at = at.eContainer()) {
                if (at == domain) {
                    return UnexecutableCommand.INSTANCE;
                }
            }
        }
        return move(editingDomain, domains, target, domainsOf(target));
    }

    private static EReference domainsOf(EObject parent) {
        return parent instanceof AgentTree
                ? ModelPackage.Literals.AGENT_TREE__DOMAINS
                : parent instanceof Domain ? ModelPackage.Literals.DOMAIN__DOMAINS : null;
    }

    private static Command move(EditingDomain editingDomain, Collection<? extends EObject> objects, EObject target,
            EReference feature) {
        if (feature == null || objects.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        Map<EObject, List<EObject>> byOwner = new LinkedHashMap<>();
        List<EObject> moving = new ArrayList<>();
        for (EObject object : objects) {
            if (object.eContainer() != target) {
                byOwner.computeIfAbsent(object.eContainer(), owner -> new ArrayList<>()).add(object);
                moving.add(object);
            }
        }
        if (moving.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        CompoundCommand command = new CompoundCommand();
        byOwner.forEach((owner, children) -> {
            if (owner != null) {
                command.append(RemoveCommand.create(editingDomain, owner, children.get(0).eContainmentFeature(),
                        children));
            }
        });
        command.append(AddCommand.create(editingDomain, target, feature, moving));
        return command;
    }
}
