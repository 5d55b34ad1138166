package io.bulwark.ui.internal.policies;

import io.bulwark.core.policy.PolicyTarget;

/**
 * One scope's copy in the policy workspace as the Policy Workspace part lists it.
 *
 * @param target
 *            the server and scope it was taken from
 * @param serverName
 *            the server's name in the console, or its address if the console does not know it
 * @param scopeName
 *            the scope for a person, e.g. "Domain Branch/Lab"
 * @param changedLocally
 *            whether it holds changes not applied yet
 * @param problem
 *            why its file cannot be read, or {@code null}
 */
record WorkspaceCopy(PolicyTarget target, String serverName, String scopeName, boolean changedLocally,
        String problem) {
}
