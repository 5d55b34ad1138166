package io.bulwark.server.internal.settings;

import java.util.List;

import io.bulwark.protocol.settings.Gateway;
import io.bulwark.protocol.settings.LocationCriteria;
import io.bulwark.protocol.settings.ReferenceServer;
import io.bulwark.protocol.settings.WebReputation;
import io.bulwark.protocol.settings.WebReputationPolicy;
import io.bulwark.server.internal.http.ApiException;

/**
 * Checks web reputation: the internal and external agents' policies (desktop and server platforms, security level,
 * approved URLs) and the location criteria that tell the two apart.
 */
final class WebReputationRules {

    private WebReputationRules() {
    }

    static WebReputation check(String field, WebReputation reputation) throws ApiException {
        if (reputation == null) {
            return null;
        }
        return new WebReputation(policy(field + ".internalAgents", reputation.internalAgents()), //$NON-NLS-1$
                policy(field + ".externalAgents", reputation.externalAgents()), //$NON-NLS-1$
                location(field + ".location", reputation.location())); //$NON-NLS-1$
    }

    private static WebReputationPolicy policy(String field, WebReputationPolicy policy) throws ApiException {
        FieldChecks.required(field, policy);
        Boolean enabled = FieldChecks.required(field + ".enabled", policy.enabled()); //$NON-NLS-1$
        Boolean onServers = FieldChecks.required(field + ".enabledOnServers", policy.enabledOnServers()); //$NON-NLS-1$
        String level = FieldChecks.oneOf(field + ".securityLevel", policy.securityLevel(), //$NON-NLS-1$
                WebReputationPolicy.SECURITY_LEVELS);
        List<String> approved = FieldChecks.each(field + ".approvedUrls", policy.approvedUrls(), //$NON-NLS-1$
                WebReputationPolicy.MAX_APPROVED_URLS, NetworkSyntax::url);
        FieldChecks.unique(field + ".approvedUrls", approved); //$NON-NLS-1$
        return new WebReputationPolicy(enabled, onServers, level, approved);
    }

    private static LocationCriteria location(String field, LocationCriteria location) throws ApiException {
        if (location == null) {
            return new LocationCriteria(List.of(), List.of());
        }
        List<ReferenceServer> servers = FieldChecks.each(field + ".referenceServers", location.referenceServers(), //$NON-NLS-1$
                LocationCriteria.MAX_ENTRIES, WebReputationRules::referenceServer);
        List<Gateway> gateways = FieldChecks.each(field + ".gateways", location.gateways(), //$NON-NLS-1$
                LocationCriteria.MAX_ENTRIES, WebReputationRules::gateway);
        return new LocationCriteria(servers, gateways);
    }

    private static ReferenceServer referenceServer(String field, ReferenceServer server) throws ApiException {
        String address = NetworkSyntax.hostOrAddress(field + ".address", //$NON-NLS-1$
                FieldChecks.required(field + ".address", server.address())); //$NON-NLS-1$
        return new ReferenceServer(address, NetworkSyntax.port(field + ".port", server.port())); //$NON-NLS-1$
    }

    private static Gateway gateway(String field, Gateway gateway) throws ApiException {
        String ip = NetworkSyntax.address(field + ".ip", FieldChecks.required(field + ".ip", gateway.ip())); //$NON-NLS-1$ //$NON-NLS-2$
        String mac = gateway.mac() == null ? null : NetworkSyntax.mac(field + ".mac", gateway.mac()); //$NON-NLS-1$
        return new Gateway(ip, mac);
    }
}
