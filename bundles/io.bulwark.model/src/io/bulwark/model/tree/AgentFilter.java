package io.bulwark.model.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentStatus;
import io.bulwark.model.ManagementServer;

/**
 * Which agents the agent tree shows: the administrator's filter text, read once, and tested against agents in the model
 * (never against the widgets, so it costs the same for 100 or 100,000 agents).
 * <p>
 * The text is a list of terms separated by spaces; an agent matches when it matches every term. Terms, ignoring case:
 * <ul>
 * <li>{@code text}: the host name, IP address or operating system contains the text;</li>
 * <li>{@code host:text}, {@code ip:text}, {@code os:text}: that field contains the text;</li>
 * <li>{@code status:online}, {@code offline}, {@code roaming}, {@code moving};</li>
 * <li>{@code is:outdated}: a component is older than the server's; {@code is:update-agent}: an update agent.</li>
 * </ul>
 * A term starting with {@code -} matches the agents the rest of it does not match ({@code -status:offline}).
 */
public final class AgentFilter {

    /** The filter that shows every agent. */
    public static final AgentFilter ALL = new AgentFilter("", List.of(), false); //$NON-NLS-1$

    private static final String HOST = "host"; //$NON-NLS-1$
    private static final String IP = "ip"; //$NON-NLS-1$
    private static final String OS = "os"; //$NON-NLS-1$
    private static final String STATUS = "status"; //$NON-NLS-1$
    private static final String IS = "is"; //$NON-NLS-1$
    private static final String OUTDATED = "outdated"; //$NON-NLS-1$
    private static final String UPDATE_AGENT = "update-agent"; //$NON-NLS-1$

    /** One term, given the agent and its server. */
    private interface Term {
        boolean test(Agent agent, ManagementServer server);
    }

    private final String text;
    private final List<Term> terms;
    private final boolean updateAgentsOnly;

    private AgentFilter(String text, List<Term> terms, boolean updateAgentsOnly) {
        this.text = text;
        this.terms = terms;
        this.updateAgentsOnly = updateAgentsOnly;
    }

    /**
     * Reads a filter text.
     *
     * @param text
     *            the filter text as typed; blank shows every agent
     * @return the filter
     * @throws AgentFilterException
     *             if a term cannot be read; it names the term
     */
    public static AgentFilter parse(String text) {
        List<Term> terms = new ArrayList<>();
        for (String word : text.trim().split("\\s+")) { //$NON-NLS-1$
            if (!word.isEmpty() && !"-".equals(word)) { //$NON-NLS-1$
                terms.add(term(word));
            }
        }
        return terms.isEmpty() ? ALL : new AgentFilter(text.trim(), List.copyOf(terms), false);
    }

    private static Term term(String word) {
        if (word.startsWith("-")) { //$NON-NLS-1$
            Term positive = term(word.substring(1));
            return (agent, server) -> !positive.test(agent, server);
        }
        int colon = word.indexOf(':');
        if (colon < 0) {
            return (agent, server) -> contains(agent.getHostName(), word) || contains(agent.getIpAddress(), word)
                    || contains(agent.getOperatingSystem(), word);
        }
        String field = word.substring(0, colon).toLowerCase(Locale.ROOT);
        String value = word.substring(colon + 1);
        if (value.isEmpty()) {
            throw new AgentFilterException(AgentFilterException.Reason.EMPTY_VALUE, word);
        }
        return switch (field) {
            case HOST -> (agent, server) -> contains(agent.getHostName(), value);
            case IP -> (agent, server) -> contains(agent.getIpAddress(), value);
            case OS -> (agent, server) -> contains(agent.getOperatingSystem(), value);
            case STATUS -> status(word, value);
            case IS -> property(word, value);
            default -> throw new AgentFilterException(AgentFilterException.Reason.UNKNOWN_FIELD, word);
        };
    }

    private static Term status(String word, String value) {
        AgentStatus status = AgentStatus.get(value.toLowerCase(Locale.ROOT));
        if (status == null) {
            throw new AgentFilterException(AgentFilterException.Reason.UNKNOWN_STATUS, word);
        }
        return (agent, server) -> agent.getStatus() == status;
    }

    private static Term property(String word, String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case OUTDATED -> ComponentFreshness::isOutdated;
            case UPDATE_AGENT -> (agent, server) -> agent.isUpdateAgent();
            default -> throw new AgentFilterException(AgentFilterException.Reason.UNKNOWN_PROPERTY, word);
        };
    }

    /**
     * @param only
     *            {@code true} to show only update agents among the matches
     * @return this filter, showing only update agents or not
     */
    public AgentFilter updateAgentsOnly(boolean only) {
        return only == updateAgentsOnly ? this : new AgentFilter(text, terms, only);
    }

    /** @return whether the filter shows every agent */
    public boolean showsAll() {
        return terms.isEmpty() && !updateAgentsOnly;
    }

    /** @return whether only update agents match */
    public boolean isUpdateAgentsOnly() {
        return updateAgentsOnly;
    }

    /** @return the filter text, trimmed */
    public String text() {
        return text;
    }

    /**
     * @param agent
     *            an agent
     * @param server
     *            its server (for the comparison of components), or {@code null}
     * @return whether the agent matches
     */
    public boolean test(Agent agent, ManagementServer server) {
        if (updateAgentsOnly && !agent.isUpdateAgent()) {
            return false;
        }
        for (Term term : terms) {
            if (!term.test(agent, server)) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param server
     *            the server whose agents are tested
     * @return this filter for that server's agents
     */
    public Predicate<Agent> forServer(ManagementServer server) {
        return agent -> test(agent, server);
    }

    /** Whether {@code text} contains {@code part}, ignoring case, without copying either. */
    private static boolean contains(String text, String part) {
        if (text == null) {
            return false;
        }
        int last = text.length() - part.length();
        for (int i = 0; i <= last; i++) {
            if (text.regionMatches(true, i, part, 0, part.length())) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return updateAgentsOnly ? text + " [update agents only]" : text; //$NON-NLS-1$
    }
}
