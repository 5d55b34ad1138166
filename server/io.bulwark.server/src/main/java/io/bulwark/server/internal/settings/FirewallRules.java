package io.bulwark.server.internal.settings;

import java.util.ArrayList;
import java.util.List;

import io.bulwark.protocol.settings.Firewall;
import io.bulwark.protocol.settings.FirewallPolicy;
import io.bulwark.protocol.settings.FirewallProfile;
import io.bulwark.protocol.settings.FirewallRule;
import io.bulwark.protocol.settings.SettingsSyntax;
import io.bulwark.server.internal.http.ApiException;

/**
 * Checks the firewall: policies with their rules, and profiles that must name one of those policies.
 */
final class FirewallRules {

    private FirewallRules() {
    }

    static Firewall check(String field, Firewall firewall) throws ApiException {
        if (firewall == null) {
            return null;
        }
        Boolean enabled = FieldChecks.required(field + ".enabled", firewall.enabled()); //$NON-NLS-1$
        Boolean onServers = FieldChecks.required(field + ".enabledOnServers", firewall.enabledOnServers()); //$NON-NLS-1$
        List<FirewallPolicy> policies = FieldChecks.each(field + ".policies", firewall.policies(), //$NON-NLS-1$
                Firewall.MAX_POLICIES, FirewallRules::policy);
        List<String> names = new ArrayList<>();
        for (FirewallPolicy policy : policies) {
            names.add(policy.name());
        }
        FieldChecks.uniqueMember(field + ".policies", "name", names); //$NON-NLS-1$ //$NON-NLS-2$
        List<FirewallProfile> profiles = FieldChecks.each(field + ".profiles", firewall.profiles(), //$NON-NLS-1$
                Firewall.MAX_PROFILES, FirewallRules::profile);
        List<String> profileNames = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            FirewallProfile profile = profiles.get(i);
            profileNames.add(profile.name());
            if (!names.contains(profile.policy())) {
                String at = field + ".profiles[" + i + "].policy"; //$NON-NLS-1$ //$NON-NLS-2$
                throw ApiException.invalid(at, at + " names the policy \"" + FieldChecks.shorten(profile.policy()) //$NON-NLS-1$
                        + "\", which is not the name of one of " + field + ".policies (names match exactly)"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        FieldChecks.uniqueMember(field + ".profiles", "name", profileNames); //$NON-NLS-1$ //$NON-NLS-2$
        return new Firewall(enabled, onServers, policies, profiles);
    }

    private static FirewallPolicy policy(String field, FirewallPolicy policy) throws ApiException {
        String name = FieldChecks.name(field + ".name", policy.name(), SettingsSyntax.MAX_NAME); //$NON-NLS-1$
        String level = FieldChecks.oneOf(field + ".securityLevel", policy.securityLevel(), //$NON-NLS-1$
                FirewallPolicy.SECURITY_LEVELS);
        List<FirewallRule> rules = FieldChecks.each(field + ".rules", policy.rules(), FirewallPolicy.MAX_RULES, //$NON-NLS-1$
                FirewallRules::rule);
        return new FirewallPolicy(name, level, rules);
    }

    private static FirewallRule rule(String field, FirewallRule rule) throws ApiException {
        String direction = FieldChecks.oneOf(field + ".direction", rule.direction(), FirewallRule.DIRECTIONS); //$NON-NLS-1$
        String protocol = FieldChecks.oneOf(field + ".protocol", rule.protocol(), FirewallRule.PROTOCOLS); //$NON-NLS-1$
        List<String> ports = FieldChecks.each(field + ".ports", rule.ports(), FirewallRule.MAX_PORTS, //$NON-NLS-1$
                NetworkSyntax::ports);
        if (protocol.equals(FirewallRule.ICMP) || protocol.equals(FirewallRule.ALL)) {
            FieldChecks.empty(field + ".ports", ports, "protocol " + protocol + " has no ports"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        FieldChecks.unique(field + ".ports", ports); //$NON-NLS-1$
        String action = FieldChecks.oneOf(field + ".action", rule.action(), FirewallRule.ACTIONS); //$NON-NLS-1$
        return new FirewallRule(direction, protocol, ports, action);
    }

    private static FirewallProfile profile(String field, FirewallProfile profile) throws ApiException {
        String name = FieldChecks.name(field + ".name", profile.name(), SettingsSyntax.MAX_NAME); //$NON-NLS-1$
        String policy = FieldChecks.name(field + ".policy", profile.policy(), SettingsSyntax.MAX_NAME); //$NON-NLS-1$
        List<String> platforms = FieldChecks.each(field + ".platforms", profile.platforms(), //$NON-NLS-1$
                FirewallProfile.PLATFORMS.size(),
                (entry, value) -> FieldChecks.oneOf(entry, value, FirewallProfile.PLATFORMS));
        FieldChecks.notEmpty(field + ".platforms", platforms, "a profile applies to desktops, servers or both"); //$NON-NLS-1$ //$NON-NLS-2$
        FieldChecks.unique(field + ".platforms", platforms); //$NON-NLS-1$
        List<String> ranges = FieldChecks.each(field + ".ipRanges", profile.ipRanges(), FirewallProfile.MAX_RANGES, //$NON-NLS-1$
                (entry, value) -> {
                    NetworkSyntax.ipRange(entry, value);
                    return value;
                });
        return new FirewallProfile(name, policy, platforms, ranges);
    }
}
