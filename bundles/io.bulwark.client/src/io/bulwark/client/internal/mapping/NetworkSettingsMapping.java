package io.bulwark.client.internal.mapping;

import static io.bulwark.client.internal.mapping.WireValues.flag;
import static io.bulwark.client.internal.mapping.WireValues.list;
import static io.bulwark.client.internal.mapping.WireValues.literal;
import static io.bulwark.client.internal.mapping.WireValues.number;
import static io.bulwark.client.internal.mapping.WireValues.wire;

import java.util.ArrayList;
import java.util.List;

import io.bulwark.model.settings.Firewall;
import io.bulwark.model.settings.FirewallPolicy;
import io.bulwark.model.settings.FirewallProfile;
import io.bulwark.model.settings.FirewallRule;
import io.bulwark.model.settings.Gateway;
import io.bulwark.model.settings.LocationCriteria;
import io.bulwark.model.settings.Platform;
import io.bulwark.model.settings.ReferenceServer;
import io.bulwark.model.settings.SettingsFactory;
import io.bulwark.model.settings.SettingsPackage.Literals;
import io.bulwark.model.settings.UpdateSourceEntry;
import io.bulwark.model.settings.UpdateSources;
import io.bulwark.model.settings.WebReputation;
import io.bulwark.model.settings.WebReputationPolicy;

/** Maps the network-facing settings groups (update sources, web reputation, firewall) between wire and EMF. */
final class NetworkSettingsMapping {

    private static final SettingsFactory FACTORY = SettingsFactory.eINSTANCE;

    private NetworkSettingsMapping() {
    }

    static UpdateSources toModel(io.bulwark.protocol.settings.UpdateSources wire) {
        if (wire == null) {
            return null;
        }
        UpdateSources model = FACTORY.createUpdateSources();
        if (wire.mode() != null) {
            model.setMode(literal(Literals.UPDATE_SOURCE_MODE, wire.mode(), "updateSources.mode")); //$NON-NLS-1$
        }
        for (io.bulwark.protocol.settings.UpdateSourceEntry entry : list(wire.custom())) {
            UpdateSourceEntry row = FACTORY.createUpdateSourceEntry();
            row.setIpRange(entry.ipRange());
            row.setUrl(entry.url());
            row.setUpdateAgentId(entry.updateAgentId());
            model.getCustom().add(row);
        }
        if (wire.fallbackToServer() != null) {
            model.setFallbackToServer(wire.fallbackToServer().booleanValue());
        }
        return model;
    }

    static io.bulwark.protocol.settings.UpdateSources toWire(UpdateSources model) {
        if (model == null) {
            return null;
        }
        List<io.bulwark.protocol.settings.UpdateSourceEntry> custom = new ArrayList<>();
        for (UpdateSourceEntry row : model.getCustom()) {
            custom.add(new io.bulwark.protocol.settings.UpdateSourceEntry(row.getIpRange(), row.getUrl(),
                    row.getUpdateAgentId()));
        }
        return new io.bulwark.protocol.settings.UpdateSources(wire(model.getMode()), List.copyOf(custom),
                model.isSetFallbackToServer() ? Boolean.valueOf(model.isFallbackToServer()) : null);
    }

    static WebReputation toModel(io.bulwark.protocol.settings.WebReputation wire) {
        if (wire == null) {
            return null;
        }
        WebReputation model = FACTORY.createWebReputation();
        model.setInternalAgents(toModel(wire.internalAgents()));
        model.setExternalAgents(toModel(wire.externalAgents()));
        io.bulwark.protocol.settings.LocationCriteria location = wire.location();
        if (location != null) {
            LocationCriteria criteria = FACTORY.createLocationCriteria();
            for (io.bulwark.protocol.settings.ReferenceServer server : list(location.referenceServers())) {
                ReferenceServer reference = FACTORY.createReferenceServer();
                reference.setAddress(server.address());
                reference.setPort(number(server.port()));
                criteria.getReferenceServers().add(reference);
            }
            for (io.bulwark.protocol.settings.Gateway gateway : list(location.gateways())) {
                Gateway row = FACTORY.createGateway();
                row.setIp(gateway.ip());
                row.setMac(gateway.mac());
                criteria.getGateways().add(row);
            }
            model.setLocation(criteria);
        }
        return model;
    }

    static io.bulwark.protocol.settings.WebReputation toWire(WebReputation model) {
        if (model == null) {
            return null;
        }
        io.bulwark.protocol.settings.LocationCriteria location = null;
        if (model.getLocation() != null) {
            List<io.bulwark.protocol.settings.ReferenceServer> servers = new ArrayList<>();
            for (ReferenceServer server : model.getLocation().getReferenceServers()) {
                servers.add(new io.bulwark.protocol.settings.ReferenceServer(server.getAddress(),
                        Integer.valueOf(server.getPort())));
            }
            List<io.bulwark.protocol.settings.Gateway> gateways = new ArrayList<>();
            for (Gateway gateway : model.getLocation().getGateways()) {
                gateways.add(new io.bulwark.protocol.settings.Gateway(gateway.getIp(), gateway.getMac()));
            }
            location = new io.bulwark.protocol.settings.LocationCriteria(List.copyOf(servers), List.copyOf(gateways));
        }
        return new io.bulwark.protocol.settings.WebReputation(toWire(model.getInternalAgents()),
                toWire(model.getExternalAgents()), location);
    }

    private static WebReputationPolicy toModel(io.bulwark.protocol.settings.WebReputationPolicy wire) {
        if (wire == null) {
            return null;
        }
        WebReputationPolicy model = FACTORY.createWebReputationPolicy();
        model.setEnabled(flag(wire.enabled()));
        model.setEnabledOnServers(flag(wire.enabledOnServers()));
        if (wire.securityLevel() != null) {
            model.setSecurityLevel(literal(Literals.WEB_REPUTATION_SECURITY_LEVEL, wire.securityLevel(),
                    "webReputation.securityLevel")); //$NON-NLS-1$
        }
        model.getApprovedUrls().addAll(list(wire.approvedUrls()));
        return model;
    }

    private static io.bulwark.protocol.settings.WebReputationPolicy toWire(WebReputationPolicy model) {
        if (model == null) {
            return null;
        }
        return new io.bulwark.protocol.settings.WebReputationPolicy(Boolean.valueOf(model.isEnabled()),
                Boolean.valueOf(model.isEnabledOnServers()), wire(model.getSecurityLevel()),
                List.copyOf(model.getApprovedUrls()));
    }

    static Firewall toModel(io.bulwark.protocol.settings.Firewall wire) {
        if (wire == null) {
            return null;
        }
        Firewall model = FACTORY.createFirewall();
        model.setEnabled(flag(wire.enabled()));
        model.setEnabledOnServers(flag(wire.enabledOnServers()));
        for (io.bulwark.protocol.settings.FirewallPolicy policy : list(wire.policies())) {
            FirewallPolicy row = FACTORY.createFirewallPolicy();
            row.setName(policy.name());
            if (policy.securityLevel() != null) {
                row.setSecurityLevel(literal(Literals.FIREWALL_SECURITY_LEVEL, policy.securityLevel(),
                        "firewall.policies.securityLevel")); //$NON-NLS-1$
            }
            for (io.bulwark.protocol.settings.FirewallRule rule : list(policy.rules())) {
                row.getRules().add(toModel(rule));
            }
            model.getPolicies().add(row);
        }
        for (io.bulwark.protocol.settings.FirewallProfile profile : list(wire.profiles())) {
            FirewallProfile row = FACTORY.createFirewallProfile();
            row.setName(profile.name());
            row.setPolicy(profile.policy());
            for (String platform : list(profile.platforms())) {
                row.getPlatforms().add(
                        literal(Literals.PLATFORM, platform, "firewall.profiles.platforms")); //$NON-NLS-1$
            }
            row.getIpRanges().addAll(list(profile.ipRanges()));
            model.getProfiles().add(row);
        }
        return model;
    }

    private static FirewallRule toModel(io.bulwark.protocol.settings.FirewallRule wire) {
        FirewallRule model = FACTORY.createFirewallRule();
        if (wire.direction() != null) {
            model.setDirection(literal(Literals.TRAFFIC_DIRECTION, wire.direction(), "rules.direction")); //$NON-NLS-1$
        }
        if (wire.protocol() != null) {
            model.setProtocol(literal(Literals.FIREWALL_PROTOCOL, wire.protocol(), "rules.protocol")); //$NON-NLS-1$
        }
        model.getPorts().addAll(list(wire.ports()));
        if (wire.action() != null) {
            model.setAction(literal(Literals.FIREWALL_ACTION, wire.action(), "rules.action")); //$NON-NLS-1$
        }
        return model;
    }

    static io.bulwark.protocol.settings.Firewall toWire(Firewall model) {
        if (model == null) {
            return null;
        }
        List<io.bulwark.protocol.settings.FirewallPolicy> policies = new ArrayList<>();
        for (FirewallPolicy policy : model.getPolicies()) {
            List<io.bulwark.protocol.settings.FirewallRule> rules = new ArrayList<>();
            for (FirewallRule rule : policy.getRules()) {
                rules.add(new io.bulwark.protocol.settings.FirewallRule(wire(rule.getDirection()),
                        wire(rule.getProtocol()), List.copyOf(rule.getPorts()), wire(rule.getAction())));
            }
            policies.add(new io.bulwark.protocol.settings.FirewallPolicy(policy.getName(),
                    wire(policy.getSecurityLevel()), List.copyOf(rules)));
        }
        List<io.bulwark.protocol.settings.FirewallProfile> profiles = new ArrayList<>();
        for (FirewallProfile profile : model.getProfiles()) {
            List<String> platforms = new ArrayList<>();
            for (Platform platform : profile.getPlatforms()) {
                platforms.add(wire(platform));
            }
            profiles.add(new io.bulwark.protocol.settings.FirewallProfile(profile.getName(), profile.getPolicy(),
                    List.copyOf(platforms), List.copyOf(profile.getIpRanges())));
        }
        return new io.bulwark.protocol.settings.Firewall(Boolean.valueOf(model.isEnabled()),
                Boolean.valueOf(model.isEnabledOnServers()), List.copyOf(policies), List.copyOf(profiles));
    }
}
