package io.bulwark.ui.internal.policies;

import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.client.ServerClient;
import io.bulwark.core.policy.PolicyApply;
import io.bulwark.core.policy.PolicyWorkspace;

/**
 * What the preview and apply jobs of one apply share: the workspace, the server and where to show the outcome.
 *
 * @param workspace
 *            the workspace applied from
 * @param client
 *            the server applied to
 * @param serverName
 *            its name for a person
 * @param shell
 *            the window dialogs open over
 * @param sync
 *            runs on the UI thread
 * @param events
 *            told when the workspace's bases change
 */
record ApplySession(PolicyWorkspace workspace, ServerClient client, String serverName, Shell shell,
        UISynchronize sync, IEventBroker events) {

    /** The family of every preview and apply job, for waiting on them. */
    static final Object FAMILY = ApplySession.class;

    PolicyApply apply() {
        return new PolicyApply(workspace);
    }
}
