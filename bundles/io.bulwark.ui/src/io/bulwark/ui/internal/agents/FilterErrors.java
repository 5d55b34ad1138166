package io.bulwark.ui.internal.agents;

import org.eclipse.osgi.util.NLS;

import io.bulwark.model.tree.AgentFilterException;

/** What is wrong with a filter text, in words, with what to type instead. */
final class FilterErrors {

    private FilterErrors() {
    }

    static String describe(AgentFilterException problem) {
        String pattern = switch (problem.reason()) {
            case UNKNOWN_FIELD -> Messages.FilterErrors_unknownField;
            case UNKNOWN_STATUS -> Messages.FilterErrors_unknownStatus;
            case UNKNOWN_PROPERTY -> Messages.FilterErrors_unknownProperty;
            case EMPTY_VALUE -> Messages.FilterErrors_emptyValue;
        };
        return NLS.bind(pattern, problem.term());
    }
}
