package io.bulwark.core.policy;

import java.util.Objects;

/**
 * What applying to one target did.
 *
 * @param target
 *            the server and scope
 * @param outcome
 *            what happened
 * @param version
 *            the scope's version on the server afterwards ({@link Outcome#WRITTEN}, {@link Outcome#UNCHANGED}), else
 *            the version the preview was made against
 * @param message
 *            why nothing was written, for a person; {@code null} when written or unchanged
 */
public record ApplyResult(PolicyTarget target, Outcome outcome, long version, String message) {

    /** What happened at a target. */
    public enum Outcome {
        /** The merged settings were written and the workspace's base updated. */
        WRITTEN,
        /** There was nothing to write; the workspace's base was brought up to the server's version. */
        UNCHANGED,
        /** Conflicts without a choice: nothing was written. */
        CONFLICTS,
        /**
         * Someone changed the scope on the server after the preview ({@code If-Match} refused the write): nothing was
         * written; preview and merge again.
         */
        CHANGED_MEANWHILE,
        /** The workspace's settings were edited after the preview: nothing was written; preview again. */
        WORKSPACE_CHANGED,
        /** The merged settings break a rule or the account may not change the scope: nothing was written. */
        REFUSED
    }

    /** Requires target and outcome. */
    public ApplyResult {
        Objects.requireNonNull(target, "target"); //$NON-NLS-1$
        Objects.requireNonNull(outcome, "outcome"); //$NON-NLS-1$
    }

    /**
     * @return whether the target now holds the merged settings ({@link Outcome#WRITTEN} or {@link Outcome#UNCHANGED})
     */
    public boolean succeeded() {
        return outcome == Outcome.WRITTEN || outcome == Outcome.UNCHANGED;
    }
}
