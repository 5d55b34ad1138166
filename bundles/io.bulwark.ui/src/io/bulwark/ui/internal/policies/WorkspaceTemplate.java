package io.bulwark.ui.internal.policies;

import java.util.List;

import io.bulwark.core.policy.PolicyTarget;

/**
 * A template of the policy workspace as the Policy Workspace part lists it: a policy bound to no server.
 *
 * @param name
 *            its name
 * @param targets
 *            the targets it was applied to, each of which keeps a base of its last apply
 * @param problem
 *            why its file cannot be read, or {@code null}
 */
record WorkspaceTemplate(String name, List<PolicyTarget> targets, String problem) {

    WorkspaceTemplate {
        targets = List.copyOf(targets);
    }
}
