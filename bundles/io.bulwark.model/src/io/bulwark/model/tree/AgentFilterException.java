package io.bulwark.model.tree;

/**
 * A filter text that cannot be read. It names what is wrong as a {@link Reason} and the term at fault, so that the
 * console words the message in the administrator's language.
 */
public final class AgentFilterException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** What is wrong with a term. */
    public enum Reason {
        /** {@code name:value} with a name the filter does not know. */
        UNKNOWN_FIELD,
        /** {@code status:value} with a status that does not exist. */
        UNKNOWN_STATUS,
        /** {@code is:value} with a property the filter does not know. */
        UNKNOWN_PROPERTY,
        /** {@code name:} with nothing after the colon. */
        EMPTY_VALUE
    }

    private final Reason reason;
    private final String term;

    AgentFilterException(Reason reason, String term) {
        super(reason + ": " + term); //$NON-NLS-1$
        this.reason = reason;
        this.term = term;
    }

    /** @return what is wrong */
    public Reason reason() {
        return reason;
    }

    /** @return the term at fault, as typed */
    public String term() {
        return term;
    }
}
