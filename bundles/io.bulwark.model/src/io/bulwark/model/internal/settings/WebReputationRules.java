package io.bulwark.model.internal.settings;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import io.bulwark.model.settings.Gateway;
import io.bulwark.model.settings.LocationCriteria;
import io.bulwark.model.settings.ReferenceServer;
import io.bulwark.model.settings.SettingsPackage.Literals;
import io.bulwark.model.settings.WebReputation;
import io.bulwark.model.settings.WebReputationPolicy;

/**
 * The server's rules for web reputation: both policies, approved URLs, and the location criteria (reference servers
 * with their ports, gateways with their MAC addresses).
 */
public final class WebReputationRules {

    private WebReputationRules() {
    }

    /** Both policies are required; an enabled internal policy without location criteria is warned about. */
    public static boolean check(WebReputation reputation, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        if (reputation.getInternalAgents() == null) {
            problems.error(reputation, Literals.WEB_REPUTATION__INTERNAL_AGENTS, Messages.WebReputation_policyMissing);
        }
        if (reputation.getExternalAgents() == null) {
            problems.error(reputation, Literals.WEB_REPUTATION__EXTERNAL_AGENTS, Messages.WebReputation_policyMissing);
        }
        LocationCriteria location = reputation.getLocation();
        boolean noCriteria = location == null
                || location.getReferenceServers().isEmpty() && location.getGateways().isEmpty();
        if (reputation.getInternalAgents() != null && reputation.getInternalAgents().isEnabled() && noCriteria) {
            problems.warning(reputation, Literals.WEB_REPUTATION__LOCATION, Messages.WebReputation_noLocation);
        }
        return problems.valid();
    }

    /** Up to 500 approved http or https URLs, none repeated. */
    public static boolean check(WebReputationPolicy policy, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        ListChecks.strings(problems, policy, Literals.WEB_REPUTATION_POLICY__APPROVED_URLS,
                io.bulwark.protocol.settings.WebReputationPolicy.MAX_APPROVED_URLS, NetworkSyntax::url);
        ListChecks.unique(problems, policy, Literals.WEB_REPUTATION_POLICY__APPROVED_URLS, policy.getApprovedUrls());
        return problems.valid();
    }

    /** Up to 32 reference servers and 32 gateways. */
    public static boolean check(LocationCriteria location, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        int max = io.bulwark.protocol.settings.LocationCriteria.MAX_ENTRIES;
        ListChecks.size(problems, location, Literals.LOCATION_CRITERIA__REFERENCE_SERVERS,
                location.getReferenceServers().size(), max);
        ListChecks.size(problems, location, Literals.LOCATION_CRITERIA__GATEWAYS, location.getGateways().size(), max);
        return problems.valid();
    }

    /** A host name or IP address, and a port from 1 to 65535. */
    public static boolean check(ReferenceServer server, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        String address = NetworkSyntax.hostOrAddress(server.getAddress());
        if (address != null) {
            problems.error(server, Literals.REFERENCE_SERVER__ADDRESS, address);
        }
        String port = NetworkSyntax.port(server.getPort());
        if (port != null) {
            problems.error(server, Literals.REFERENCE_SERVER__PORT, port);
        }
        return problems.valid();
    }

    /** One IP address, and a MAC address if any. */
    public static boolean check(Gateway gateway, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        String ip = NetworkSyntax.address(gateway.getIp());
        if (ip != null) {
            problems.error(gateway, Literals.GATEWAY__IP, ip);
        }
        String mac = gateway.getMac() == null ? null : NetworkSyntax.mac(gateway.getMac());
        if (mac != null) {
            problems.error(gateway, Literals.GATEWAY__MAC, mac);
        }
        return problems.valid();
    }
}
