package io.bulwark.ui.internal.policies;

/**
 * A template of the policy workspace as the Policy Workspace part lists it: a policy bound to no server.
 *
 * @param name
 *            its name
 */
record WorkspaceTemplate(String name) {
}
