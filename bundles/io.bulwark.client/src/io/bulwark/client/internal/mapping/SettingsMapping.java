package io.bulwark.client.internal.mapping;

import static io.bulwark.client.internal.mapping.WireValues.flag;
import static io.bulwark.client.internal.mapping.WireValues.literal;
import static io.bulwark.client.internal.mapping.WireValues.number;
import static io.bulwark.client.internal.mapping.WireValues.wire;

import io.bulwark.model.settings.GlobalAgentSettings;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.Privileges;
import io.bulwark.model.settings.ScanMethodSettings;
import io.bulwark.model.settings.SettingsFactory;
import io.bulwark.model.settings.SettingsPackage.Literals;
import io.bulwark.model.settings.SharedScanSettings;
import io.bulwark.model.settings.UnloadPassword;
import io.bulwark.model.settings.UpdateSettings;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.ScanSettings;

/**
 * Maps a scope's settings document between the wire ({@link PolicySettings}) and the model ({@link Policy}), field for
 * field and both ways. An absent group stays absent (inherited) on either side. The wire's {@code scanSettings} holds
 * the four scan types, each a group of its own in the model; a document that sets no scan type has no
 * {@code scanSettings}, as the server stores it.
 */
public final class SettingsMapping {

    private static final SettingsFactory FACTORY = SettingsFactory.eINSTANCE;

    private SettingsMapping() {
    }

    /**
     * @param settings
     *            a settings document from the server
     * @return a new policy holding exactly the groups the document sets; scope and version are left to the caller
     * @throws IllegalArgumentException
     *             if the document holds a value this console does not know
     */
    public static Policy toModel(PolicySettings settings) {
        Policy policy = FACTORY.createPolicy();
        toModel(settings, policy);
        return policy;
    }

    /**
     * Replaces every group of {@code policy} by the document's: set groups are replaced, absent ones cleared.
     *
     * @param settings
     *            a settings document from the server
     * @param policy
     *            the policy to update in place; its scope and version are kept
     * @throws IllegalArgumentException
     *             if the document holds a value this console does not know; {@code policy} is then unchanged
     */
    public static void toModel(PolicySettings settings, Policy policy) {
        ScanMethodSettings scanMethod = null;
        if (settings.scanMethod() != null) {
            scanMethod = FACTORY.createScanMethodSettings();
            scanMethod.setMethod(literal(Literals.SCAN_METHOD, settings.scanMethod(), "scanMethod")); //$NON-NLS-1$
        }
        ScanSettings scans = settings.scanSettings() == null
                ? new ScanSettings(null, null, null, null)
                : settings.scanSettings();
        var manual = ScanSettingsMapping.toModel(scans.manual());
        var realTime = ScanSettingsMapping.toModel(scans.realTime());
        var scheduled = ScanSettingsMapping.toModel(scans.scheduled());
        var scanNow = ScanSettingsMapping.toModel(scans.scanNow());
        Privileges privileges = toModel(settings.privileges());
        UpdateSettings updates = toModel(settings.updateSettings());
        var sources = NetworkSettingsMapping.toModel(settings.updateSources());
        var reputation = NetworkSettingsMapping.toModel(settings.webReputation());
        var firewall = NetworkSettingsMapping.toModel(settings.firewall());
        GlobalAgentSettings global = toModel(settings.globalSettings());

        policy.setScanMethod(scanMethod);
        policy.setManualScan(manual);
        policy.setRealTimeScan(realTime);
        policy.setScheduledScan(scheduled);
        policy.setScanNow(scanNow);
        policy.setPrivileges(privileges);
        policy.setUpdateSettings(updates);
        policy.setUpdateSources(sources);
        policy.setWebReputation(reputation);
        policy.setFirewall(firewall);
        policy.setGlobalSettings(global);
    }

    /**
     * @param policy
     *            a policy of the model
     * @return its settings document, to write to the server; groups the policy does not set are absent
     */
    public static PolicySettings toWire(Policy policy) {
        String scanMethod = policy.getScanMethod() == null ? null : wire(policy.getScanMethod().getMethod());
        ScanSettings scans = null;
        if (policy.getManualScan() != null || policy.getRealTimeScan() != null || policy.getScheduledScan() != null
                || policy.getScanNow() != null) {
            scans = new ScanSettings(ScanSettingsMapping.toWire(policy.getManualScan()),
                    ScanSettingsMapping.toWire(policy.getRealTimeScan()),
                    ScanSettingsMapping.toWire(policy.getScheduledScan()),
                    ScanSettingsMapping.toWire(policy.getScanNow()));
        }
        return new PolicySettings(scanMethod, scans, toWire(policy.getPrivileges()),
                toWire(policy.getUpdateSettings()), NetworkSettingsMapping.toWire(policy.getUpdateSources()),
                NetworkSettingsMapping.toWire(policy.getWebReputation()),
                NetworkSettingsMapping.toWire(policy.getFirewall()), toWire(policy.getGlobalSettings()));
    }

    private static Privileges toModel(io.bulwark.protocol.settings.Privileges wire) {
        if (wire == null) {
            return null;
        }
        Privileges model = FACTORY.createPrivileges();
        model.setConfigureScans(flag(wire.configureScans()));
        model.setToggleFirewall(flag(wire.toggleFirewall()));
        model.setConfigureProxy(flag(wire.configureProxy()));
        model.setUpdateNow(flag(wire.updateNow()));
        model.setUpdateComponentsOnly(flag(wire.updateComponentsOnly()));
        if (wire.securityLevel() != null) {
            model.setSecurityLevel(literal(Literals.AGENT_SECURITY_LEVEL, wire.securityLevel(),
                    "privileges.securityLevel")); //$NON-NLS-1$
        }
        if (wire.unload() != null) {
            model.setUnload(literal(Literals.UNLOAD_RULE, wire.unload(), "privileges.unload")); //$NON-NLS-1$
        }
        if (wire.uninstall() != null) {
            model.setUninstall(literal(Literals.UNLOAD_RULE, wire.uninstall(), "privileges.uninstall")); //$NON-NLS-1$
        }
        if (wire.unloadPassword() != null) {
            UnloadPassword password = FACTORY.createUnloadPassword();
            if (wire.unloadPassword().set() != null) {
                password.setSet(wire.unloadPassword().set().booleanValue());
            }
            password.setPassword(wire.unloadPassword().password());
            model.setUnloadPassword(password);
        }
        return model;
    }

    private static io.bulwark.protocol.settings.Privileges toWire(Privileges model) {
        if (model == null) {
            return null;
        }
        UnloadPassword password = model.getUnloadPassword();
        io.bulwark.protocol.settings.UnloadPassword unloadPassword = password == null
                ? null
                : new io.bulwark.protocol.settings.UnloadPassword(
                        password.isSetSet() ? Boolean.valueOf(password.isSet()) : null, password.getPassword());
        return new io.bulwark.protocol.settings.Privileges(Boolean.valueOf(model.isConfigureScans()),
                Boolean.valueOf(model.isToggleFirewall()), Boolean.valueOf(model.isConfigureProxy()),
                Boolean.valueOf(model.isUpdateNow()), Boolean.valueOf(model.isUpdateComponentsOnly()),
                wire(model.getSecurityLevel()), wire(model.getUnload()), wire(model.getUninstall()), unloadPassword);
    }

    private static UpdateSettings toModel(io.bulwark.protocol.settings.UpdateSettings wire) {
        if (wire == null) {
            return null;
        }
        UpdateSettings model = FACTORY.createUpdateSettings();
        model.setAfterServerDownload(flag(wire.afterServerDownload()));
        model.setOnAgentRestart(flag(wire.onAgentRestart()));
        model.setScheduled(flag(wire.scheduled()));
        model.setSchedule(ScanSettingsMapping.toModel(wire.schedule()));
        return model;
    }

    private static io.bulwark.protocol.settings.UpdateSettings toWire(UpdateSettings model) {
        if (model == null) {
            return null;
        }
        return new io.bulwark.protocol.settings.UpdateSettings(Boolean.valueOf(model.isAfterServerDownload()),
                Boolean.valueOf(model.isOnAgentRestart()), Boolean.valueOf(model.isScheduled()),
                ScanSettingsMapping.toWire(model.getSchedule()));
    }

    private static GlobalAgentSettings toModel(io.bulwark.protocol.settings.GlobalAgentSettings wire) {
        if (wire == null) {
            return null;
        }
        GlobalAgentSettings model = FACTORY.createGlobalAgentSettings();
        io.bulwark.protocol.settings.SharedScanSettings scan = wire.scan();
        if (scan != null) {
            SharedScanSettings shared = FACTORY.createSharedScanSettings();
            shared.setExcludeServerDatabaseFolder(flag(scan.excludeServerDatabaseFolder()));
            shared.setExcludeExchangeFolders(flag(scan.excludeExchangeFolders()));
            shared.setMaxCompressedSizeMb(number(scan.maxCompressedSizeMb()));
            shared.setMaxCompressedFiles(number(scan.maxCompressedFiles()));
            shared.setCleanCompressedFiles(flag(scan.cleanCompressedFiles()));
            model.setScan(shared);
        }
        model.setDeferFirewallUntilRestart(flag(wire.deferFirewallUntilRestart()));
        model.setRestartNotification(flag(wire.restartNotification()));
        return model;
    }

    private static io.bulwark.protocol.settings.GlobalAgentSettings toWire(GlobalAgentSettings model) {
        if (model == null) {
            return null;
        }
        SharedScanSettings shared = model.getScan();
        io.bulwark.protocol.settings.SharedScanSettings scan = shared == null
                ? null
                : new io.bulwark.protocol.settings.SharedScanSettings(
                        Boolean.valueOf(shared.isExcludeServerDatabaseFolder()),
                        Boolean.valueOf(shared.isExcludeExchangeFolders()),
                        Integer.valueOf(shared.getMaxCompressedSizeMb()),
                        Integer.valueOf(shared.getMaxCompressedFiles()),
                        Boolean.valueOf(shared.isCleanCompressedFiles()));
        return new io.bulwark.protocol.settings.GlobalAgentSettings(scan,
                Boolean.valueOf(model.isDeferFirewallUntilRestart()), Boolean.valueOf(model.isRestartNotification()));
    }
}
