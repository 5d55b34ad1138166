package io.bulwark.ui.internal.settings;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import io.bulwark.core.policy.PolicyFileException;
import io.bulwark.core.policy.PolicyTarget;
import io.bulwark.core.policy.PolicyTemplate;
import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.core.policy.WorkspaceScope;
import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.tree.AgentTreeIndex;

/**
 * A scope of the policy workspace as a settings editor edits it offline: a small agent tree of its own, apart from the
 * live model, holding the workspace's copies of the root and of the domains above the scope, so that the editor shows
 * what the scope inherits as the workspace holds it; or a template, which inherits from nothing. Reads files only; no
 * server is contacted.
 */
final class WorkspaceCopies {

    /** Reads what an offline editor edits from the workspace. */
    @FunctionalInterface
    interface Loader {
        /** @return the owner of the policy to edit */
        EObject load() throws PolicyFileException;
    }

    private WorkspaceCopies() {
    }

    /**
     * @param workspace
     *            the workspace
     * @param name
     *            the name of a template it holds
     * @return a domain of no tree whose policy is a copy of the template's settings: a template inherits from nothing,
     *         and may leave any group but the server-wide agent settings to its targets
     * @throws PolicyFileException
     *             if the template cannot be read
     */
    static EObject template(PolicyWorkspace workspace, String name) throws PolicyFileException {
        PolicyTemplate template = workspace.readTemplate(name);
        Domain owner = ModelFactory.eINSTANCE.createDomain();
        owner.setName(template.name());
        owner.setPolicy(EcoreUtil.copy(template.settings()));
        return owner;
    }

    /**
     * @param workspace
     *            the workspace
     * @param target
     *            a scope the workspace holds a copy of
     * @param serverName
     *            the server's name for titles
     * @param liveTree
     *            the console's tree of that server, to place an agent in its domains; {@code null} if unknown
     * @return the scope's owner (agent tree, domain or agent), its policy the workspace's copy of the scope
     * @throws PolicyFileException
     *             if the scope's copy or a copy above it cannot be read
     */
    static EObject owner(PolicyWorkspace workspace, PolicyTarget target, String serverName, AgentTree liveTree)
            throws PolicyFileException {
        ModelFactory factory = ModelFactory.eINSTANCE;
        ManagementServer server = factory.createManagementServer();
        server.setName(NLS.bind(Messages.WorkspaceCopies_server, serverName));
        AgentTree tree = factory.createAgentTree();
        server.setAgentTree(tree);
        tree.setRootPolicy(held(workspace, new PolicyTarget(target.server(), WorkspaceScope.root())));
        WorkspaceScope scope = target.scope();
        return switch (scope.kind()) {
            case ROOT -> tree;
            case DOMAIN -> domains(workspace, target, tree, scope.domainNames());
            case AGENT -> agent(workspace, target, tree, liveTree);
        };
    }

    private static EObject domains(PolicyWorkspace workspace, PolicyTarget target, AgentTree tree,
            List<String> names) throws PolicyFileException {
        EList<Domain> children = tree.getDomains();
        Domain domain = null;
        List<String> path = new ArrayList<>();
        for (String name : names) {
            path.add(name);
            domain = ModelFactory.eINSTANCE.createDomain();
            domain.setName(name);
            children.add(domain);
            domain.setPolicy(held(workspace, new PolicyTarget(target.server(),
                    WorkspaceScope.domain(String.join(WorkspaceScope.SEPARATOR, path)))));
            children = domain.getDomains();
        }
        return domain;
    }

    private static EObject agent(PolicyWorkspace workspace, PolicyTarget target, AgentTree tree, AgentTree liveTree)
            throws PolicyFileException {
        Agent live = liveTree == null ? null : AgentTreeIndex.of(liveTree).agent(target.scope().agentId().toString());
        List<String> names = new ArrayList<>();
        for (EObject at = live == null ? null : live.eContainer(); at instanceof Domain domain; at = at
                .eContainer()) {
            names.add(0, domain.getName());
        }
        Agent agent = ModelFactory.eINSTANCE.createAgent();
        agent.setHostName(live == null ? target.scope().agentId().toString() : live.getHostName());
        if (names.isEmpty()) {
            tree.getAgents().add(agent);
        } else {
            ((Domain) domains(workspace, target, tree, names)).getAgents().add(agent);
        }
        agent.setPolicy(EcoreUtil.copy(workspace.read(target).settings()));
        return agent;
    }

    /** @return a copy of the workspace's settings of the scope, or {@code null} if it holds none */
    private static Policy held(PolicyWorkspace workspace, PolicyTarget target) throws PolicyFileException {
        return workspace.contains(target) ? EcoreUtil.copy(workspace.read(target).settings()) : null;
    }
}
