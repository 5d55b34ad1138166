package io.bulwark.core.policy;

import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

import io.bulwark.client.ServerAddress;

/**
 * One scope of one server: where a workspace copy was taken from, or where a template applies.
 *
 * @param server
 *            the server's address; its host is kept in lower case, so that one server has one name
 * @param scope
 *            the scope on that server
 */
public record PolicyTarget(ServerAddress server, WorkspaceScope scope) implements Comparable<PolicyTarget> {

    private static final Comparator<PolicyTarget> ORDER = Comparator
            .comparing((PolicyTarget target) -> target.server().toString()).thenComparing(PolicyTarget::scope);

    /** Requires both; lower-cases the host. */
    public PolicyTarget {
        Objects.requireNonNull(server, "server"); //$NON-NLS-1$
        Objects.requireNonNull(scope, "scope"); //$NON-NLS-1$
        server = new ServerAddress(server.tls(), server.host().toLowerCase(Locale.ROOT), server.port());
    }

    /** By server address, then by scope. */
    @Override
    public int compareTo(PolicyTarget other) {
        return ORDER.compare(this, other);
    }

    /** @return e.g. {@code https://127.0.0.1:4343 domain:Branch/Lab} */
    @Override
    public String toString() {
        return server + " " + scope; //$NON-NLS-1$
    }
}
