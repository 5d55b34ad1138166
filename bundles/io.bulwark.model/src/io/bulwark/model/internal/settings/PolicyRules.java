package io.bulwark.model.internal.settings;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;

import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyGroups;
import io.bulwark.model.settings.PolicyScope;
import io.bulwark.model.settings.SettingsPackage.Literals;

/**
 * The server's rules for a policy as a whole: the root sets every group (it is the complete default); a domain or agent
 * may leave groups out to inherit them, but may not set the server-wide global agent settings.
 */
public final class PolicyRules {

    private PolicyRules() {
    }

    /** Every group at the root; no global agent settings at a domain or agent. */
    public static boolean check(Policy policy, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        if (policy.getScope() == PolicyScope.ROOT) {
            for (EReference group : PolicyGroups.all()) {
                if (policy.eGet(group) == null) {
                    problems.error(policy, group, NLS.bind(Messages.Policy_groupMissingAtRoot, Messages.group(group)));
                }
            }
        } else if (policy.getScope() != PolicyScope.TEMPLATE && policy.getGlobalSettings() != null) {
            problems.error(policy, Literals.POLICY__GLOBAL_SETTINGS, Messages.Policy_globalSettingsBelowRoot);
        }
        return problems.valid();
    }
}
