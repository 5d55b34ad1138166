package io.bulwark.model.internal.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.osgi.util.NLS;

import io.bulwark.model.settings.Firewall;
import io.bulwark.model.settings.FirewallPolicy;
import io.bulwark.model.settings.FirewallProfile;
import io.bulwark.model.settings.FirewallProtocol;
import io.bulwark.model.settings.FirewallRule;
import io.bulwark.model.settings.Platform;
import io.bulwark.model.settings.SettingsPackage.Literals;
import io.bulwark.protocol.settings.SettingsSyntax;
import io.bulwark.protocol.settings.SettingsSyntax.NameProblem;

/** The server's rules for the firewall: policies with their rules, and profiles that name one of those policies. */
public final class FirewallRules {

    private FirewallRules() {
    }

    /** Up to 100 policies and profiles, names unique regardless of case; each profile names an existing policy. */
    public static boolean check(Firewall firewall, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        ListChecks.size(problems, firewall, Literals.FIREWALL__POLICIES, firewall.getPolicies().size(),
                io.bulwark.protocol.settings.Firewall.MAX_POLICIES);
        ListChecks.size(problems, firewall, Literals.FIREWALL__PROFILES, firewall.getProfiles().size(),
                io.bulwark.protocol.settings.Firewall.MAX_PROFILES);
        List<String> policyNames = new ArrayList<>();
        firewall.getPolicies().forEach(policy -> policyNames.add(policy.getName()));
        uniqueNames(problems, firewall.getPolicies(), Literals.FIREWALL_POLICY__NAME);
        uniqueNames(problems, firewall.getProfiles(), Literals.FIREWALL_PROFILE__NAME);
        for (FirewallProfile profile : firewall.getProfiles()) {
            if (profile.getPolicy() != null && !policyNames.contains(profile.getPolicy())) {
                problems.error(profile, Literals.FIREWALL_PROFILE__POLICY,
                        NLS.bind(Messages.FirewallProfile_unknownPolicy, ListChecks.shorten(profile.getPolicy())));
            }
        }
        return problems.valid();
    }

    private static void uniqueNames(Problems problems, List<? extends EObject> named, EStructuralFeature name) {
        List<String> seen = new ArrayList<>();
        for (EObject object : named) {
            String value = (String) object.eGet(name);
            if (value == null) {
                continue;
            }
            String key = value.toLowerCase(java.util.Locale.ROOT);
            if (seen.contains(key)) {
                problems.error(object, name, NLS.bind(Messages.Firewall_nameRepeated, ListChecks.shorten(value)));
            }
            seen.add(key);
        }
    }

    /** A name, and up to 500 rules. */
    public static boolean check(FirewallPolicy policy, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        name(problems, policy, Literals.FIREWALL_POLICY__NAME, policy.getName());
        ListChecks.size(problems, policy, Literals.FIREWALL_POLICY__RULES, policy.getRules().size(),
                io.bulwark.protocol.settings.FirewallPolicy.MAX_RULES);
        return problems.valid();
    }

    /** Up to 64 ports or port ranges, none for ICMP or all protocols, none repeated. */
    public static boolean check(FirewallRule rule, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        ListChecks.strings(problems, rule, Literals.FIREWALL_RULE__PORTS,
                io.bulwark.protocol.settings.FirewallRule.MAX_PORTS, NetworkSyntax::ports);
        if ((rule.getProtocol() == FirewallProtocol.ICMP || rule.getProtocol() == FirewallProtocol.ALL)
                && !rule.getPorts().isEmpty()) {
            problems.error(rule, Literals.FIREWALL_RULE__PORTS,
                    NLS.bind(Messages.FirewallRule_portsNotUsed, rule.getProtocol().getLiteral()));
        }
        ListChecks.unique(problems, rule, Literals.FIREWALL_RULE__PORTS, rule.getPorts());
        return problems.valid();
    }

    /** A name, a policy name, one or both platforms, up to 256 valid IP ranges. */
    public static boolean check(FirewallProfile profile, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        name(problems, profile, Literals.FIREWALL_PROFILE__NAME, profile.getName());
        name(problems, profile, Literals.FIREWALL_PROFILE__POLICY, profile.getPolicy());
        List<Platform> platforms = profile.getPlatforms();
        if (platforms.isEmpty()) {
            problems.error(profile, Literals.FIREWALL_PROFILE__PLATFORMS, Messages.FirewallProfile_platformsMissing);
        } else if (platforms.stream().distinct().count() < platforms.size()) {
            problems.error(profile, Literals.FIREWALL_PROFILE__PLATFORMS, Messages.FirewallProfile_platformRepeated);
        }
        ListChecks.strings(problems, profile, Literals.FIREWALL_PROFILE__IP_RANGES,
                io.bulwark.protocol.settings.FirewallProfile.MAX_RANGES, NetworkSyntax::ipRange);
        return problems.valid();
    }

    private static void name(Problems problems, EObject object, EStructuralFeature feature, String value) {
        NameProblem problem = SettingsSyntax.nameProblem(value, SettingsSyntax.MAX_NAME);
        if (problem != null) {
            problems.error(object, feature, switch (problem) {
                case BLANK -> Messages.Name_missing;
                case TOO_LONG -> NLS.bind(Messages.Name_tooLong, Integer.valueOf(SettingsSyntax.MAX_NAME),
                        Integer.valueOf(value.length()));
                case SPACES -> NLS.bind(Messages.Name_spaces, value);
                case CONTROL_CHARACTER -> Messages.Name_controlCharacter;
            });
        }
    }
}
