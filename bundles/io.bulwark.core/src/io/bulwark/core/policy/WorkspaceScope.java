package io.bulwark.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;

import io.bulwark.core.internal.policy.Messages;
import io.bulwark.model.settings.PolicyScope;

/**
 * A scope of a server's agent tree as the policy workspace names it: the root, a domain by its path of names (such as
 * {@code Branch/Lab}, never by the id a server generated, so that the name means the same on every server and in
 * version control), or an agent by its GUID, which it keeps across servers. Written {@code root},
 * {@code domain:Branch/Lab} or {@code agent:GUID}; domain names match ignoring case, as on the server.
 */
public final class WorkspaceScope implements Comparable<WorkspaceScope> {

    /** What a scope is. */
    public enum Kind {
        /** The root: the server-wide defaults. */
        ROOT,
        /** A domain, by path. */
        DOMAIN,
        /** A single agent, by GUID. */
        AGENT
    }

    /** Separates the names of a domain path. */
    public static final String SEPARATOR = "/"; //$NON-NLS-1$

    private static final String ROOT_TEXT = "root"; //$NON-NLS-1$
    private static final String DOMAIN_PREFIX = "domain:"; //$NON-NLS-1$
    private static final String AGENT_PREFIX = "agent:"; //$NON-NLS-1$
    private static final WorkspaceScope ROOT = new WorkspaceScope(Kind.ROOT, null, null);

    private final Kind kind;
    private final String domainPath;
    private final UUID agentId;

    private WorkspaceScope(Kind kind, String domainPath, UUID agentId) {
        this.kind = kind;
        this.domainPath = domainPath;
        this.agentId = agentId;
    }

    /** @return the root scope */
    public static WorkspaceScope root() {
        return ROOT;
    }

    /**
     * @param path
     *            names from below the root joined by {@code /}, e.g. {@code Branch/Lab}; spaces around names and
     *            slashes at either end are dropped
     * @return the domain's scope
     * @throws IllegalArgumentException
     *             if the path names no domain (empty, or an empty name between two slashes)
     */
    public static WorkspaceScope domain(String path) {
        String trimmed = Objects.requireNonNull(path, "path").strip(); //$NON-NLS-1$
        while (trimmed.startsWith(SEPARATOR)) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith(SEPARATOR)) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        List<String> names = new ArrayList<>();
        for (String name : trimmed.split(SEPARATOR, -1)) {
            String stripped = name.strip();
            if (stripped.isEmpty() || stripped.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException(NLS.bind(Messages.WorkspaceScope_badDomainPath, path));
            }
            names.add(stripped);
        }
        return new WorkspaceScope(Kind.DOMAIN, String.join(SEPARATOR, names), null);
    }

    /**
     * @param agentId
     *            the agent's GUID
     * @return the agent's scope
     */
    public static WorkspaceScope agent(UUID agentId) {
        return new WorkspaceScope(Kind.AGENT, null, Objects.requireNonNull(agentId, "agentId")); //$NON-NLS-1$
    }

    /**
     * @param text
     *            {@code root}, {@code domain:PATH} or {@code agent:GUID}
     * @return the scope
     * @throws IllegalArgumentException
     *             with a message for a person if the text names no scope
     */
    public static WorkspaceScope parse(String text) {
        String trimmed = text == null ? "" : text.strip(); //$NON-NLS-1$
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.equals(ROOT_TEXT)) {
            return ROOT;
        }
        if (lower.startsWith(DOMAIN_PREFIX)) {
            return domain(trimmed.substring(DOMAIN_PREFIX.length()));
        }
        if (lower.startsWith(AGENT_PREFIX)) {
            try {
                return agent(UUID.fromString(trimmed.substring(AGENT_PREFIX.length()).strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(NLS.bind(Messages.WorkspaceScope_badAgent, trimmed), e);
            }
        }
        throw new IllegalArgumentException(NLS.bind(Messages.WorkspaceScope_unknown, trimmed));
    }

    /** @return what the scope is */
    public Kind kind() {
        return kind;
    }

    /** @return a domain's path, {@code null} for the root and agents */
    public String domainPath() {
        return domainPath;
    }

    /** @return the names of a domain's path from the top; empty for the root and agents */
    public List<String> domainNames() {
        return domainPath == null ? List.of() : List.of(domainPath.split(SEPARATOR));
    }

    /** @return an agent's GUID, {@code null} for the root and domains */
    public UUID agentId() {
        return agentId;
    }

    /** @return the scope of a policy of the model taken from this scope */
    public PolicyScope policyScope() {
        return switch (kind) {
            case ROOT -> PolicyScope.ROOT;
            case DOMAIN -> PolicyScope.DOMAIN;
            case AGENT -> PolicyScope.AGENT;
        };
    }

    /** @return {@code root}, {@code domain:PATH} or {@code agent:GUID}, which {@link #parse(String)} reads back */
    @Override
    public String toString() {
        return switch (kind) {
            case ROOT -> ROOT_TEXT;
            case DOMAIN -> DOMAIN_PREFIX + domainPath;
            case AGENT -> AGENT_PREFIX + agentId;
        };
    }

    private String key() {
        return toString().toLowerCase(Locale.ROOT);
    }

    /** Equal when they name the same scope; domain names ignore case. */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof WorkspaceScope other && key().equals(other.key());
    }

    @Override
    public int hashCode() {
        return key().hashCode();
    }

    /** The root first, then domains by path (parents before their subdomains), then agents. */
    @Override
    public int compareTo(WorkspaceScope other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : key().compareTo(other.key());
    }
}
