package io.bulwark.core.policy;

import java.util.List;

/**
 * A pull stopped because copies it would replace hold changes made in the workspace (or cannot be read): nothing was
 * written. A console asks whether to discard them and pulls again with that option; the command line names the option.
 */
public final class LocalChangesException extends PolicyException {

    private static final long serialVersionUID = 1L;

    private final transient List<PolicyTarget> targets;

    /**
     * @param message
     *            what is wrong and what to do, for a person
     * @param targets
     *            the copies with local changes
     */
    public LocalChangesException(String message, List<PolicyTarget> targets) {
        super(message);
        this.targets = List.copyOf(targets);
    }

    /** @return the copies with local changes that the pull would have replaced */
    public List<PolicyTarget> targets() {
        return targets;
    }
}
