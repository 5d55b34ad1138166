package io.bulwark.client.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.settings.SettingsScope;

/** The API paths of single resources, built from their ids. */
public final class ResourcePaths {

    private ResourcePaths() {
    }

    /**
     * @param domainId
     *            a domain
     * @return its path
     */
    public static String domain(long domainId) {
        return ApiPaths.DOMAINS + "/" + domainId; //$NON-NLS-1$
    }

    /**
     * @param user
     *            an account's user name
     * @return its path
     */
    public static String account(String user) {
        return ApiPaths.ACCOUNTS + "/" + URLEncoder.encode(user, StandardCharsets.UTF_8).replace("+", "%20"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /**
     * @param scope
     *            the root, a domain or an agent
     * @return the path of its policy
     */
    public static String policy(SettingsScope scope) {
        return switch (scope.kind()) {
            case SettingsScope.ROOT -> ApiPaths.ROOT_POLICY;
            case SettingsScope.DOMAIN -> ApiPaths.DOMAIN_POLICIES + "/" + scope.domainId(); //$NON-NLS-1$
            case SettingsScope.AGENT -> ApiPaths.AGENT_POLICIES + "/" + scope.agentId(); //$NON-NLS-1$
            default -> throw new IllegalArgumentException("Unknown settings scope " + scope.kind()); //$NON-NLS-1$
        };
    }
}
