package io.bulwark.server.internal.settings;

import io.bulwark.protocol.settings.GlobalAgentSettings;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.Privileges;
import io.bulwark.protocol.settings.SharedScanSettings;
import io.bulwark.protocol.settings.UnloadPassword;
import io.bulwark.server.internal.http.ApiException;

/**
 * Checks a scope's settings document as a whole: the root must set every group, a domain or agent may leave groups out
 * to inherit them but may not set the server-wide global agent settings; every field of every group it sets is checked.
 * The result is the document in stored form (absent lists become empty); an {@link UnloadPassword} is passed through as
 * written, for {@link UnloadPasswords} to resolve.
 */
final class SettingsRules {

    private SettingsRules() {
    }

    /**
     * @param settings
     *            the document as written
     * @param root
     *            whether it is the root's
     * @return the checked document
     * @throws ApiException
     *             400 naming the first field not accepted
     */
    static PolicySettings check(PolicySettings settings, boolean root) throws ApiException {
        if (root) {
            requireEveryGroup(settings);
        } else if (settings.globalSettings() != null) {
            throw ApiException.invalid("globalSettings", "Global agent settings are server-wide; set them at the root" //$NON-NLS-1$ //$NON-NLS-2$
                    + " only"); //$NON-NLS-1$
        }
        String scanMethod = settings.scanMethod() == null
                ? null
                : FieldChecks.oneOf("scanMethod", settings.scanMethod(), PolicySettings.SCAN_METHODS); //$NON-NLS-1$
        return new PolicySettings(scanMethod, ScanSettingsRules.check("scanSettings", settings.scanSettings(), root), //$NON-NLS-1$
                privileges("privileges", settings.privileges()), //$NON-NLS-1$
                UpdateRules.settings("updateSettings", settings.updateSettings()), //$NON-NLS-1$
                UpdateRules.sources("updateSources", settings.updateSources()), //$NON-NLS-1$
                WebReputationRules.check("webReputation", settings.webReputation()), //$NON-NLS-1$
                FirewallRules.check("firewall", settings.firewall()), //$NON-NLS-1$
                global("globalSettings", settings.globalSettings())); //$NON-NLS-1$
    }

    private static void requireEveryGroup(PolicySettings settings) throws ApiException {
        String why = " is required at the root, whose settings are the complete defaults"; //$NON-NLS-1$
        Object[] groups = {settings.scanMethod(), settings.scanSettings(), settings.privileges(),
                settings.updateSettings(), settings.updateSources(), settings.webReputation(), settings.firewall(),
                settings.globalSettings()};
        String[] names = {"scanMethod", "scanSettings", "privileges", "updateSettings", "updateSources", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                "webReputation", "firewall", "globalSettings"}; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        for (int i = 0; i < groups.length; i++) {
            if (groups[i] == null) {
                throw ApiException.invalid(names[i], names[i] + why);
            }
        }
    }

    private static Privileges privileges(String field, Privileges privileges) throws ApiException {
        if (privileges == null) {
            return null;
        }
        return new Privileges(FieldChecks.required(field + ".configureScans", privileges.configureScans()), //$NON-NLS-1$
                FieldChecks.required(field + ".toggleFirewall", privileges.toggleFirewall()), //$NON-NLS-1$
                FieldChecks.required(field + ".configureProxy", privileges.configureProxy()), //$NON-NLS-1$
                FieldChecks.required(field + ".updateNow", privileges.updateNow()), //$NON-NLS-1$
                FieldChecks.required(field + ".updateComponentsOnly", privileges.updateComponentsOnly()), //$NON-NLS-1$
                FieldChecks.oneOf(field + ".securityLevel", privileges.securityLevel(), Privileges.SECURITY_LEVELS), //$NON-NLS-1$
                FieldChecks.oneOf(field + ".unload", privileges.unload(), Privileges.UNLOAD_RULES), //$NON-NLS-1$
                FieldChecks.oneOf(field + ".uninstall", privileges.uninstall(), Privileges.UNLOAD_RULES), //$NON-NLS-1$
                unloadPassword(field + ".unloadPassword", privileges.unloadPassword())); //$NON-NLS-1$
    }

    private static UnloadPassword unloadPassword(String field, UnloadPassword password) throws ApiException {
        if (password == null || password.password() == null) {
            return password;
        }
        if (Boolean.FALSE.equals(password.set())) {
            throw ApiException.invalid(field + ".set", field + ".set is false but a password is given; leave out" //$NON-NLS-1$ //$NON-NLS-2$
                    + " set to set the password"); //$NON-NLS-1$
        }
        String text = password.password();
        if (text.length() < UnloadPassword.MIN_LENGTH || text.length() > UnloadPassword.MAX_LENGTH) {
            throw ApiException.invalid(field + ".password", field + ".password must be " + UnloadPassword.MIN_LENGTH //$NON-NLS-1$ //$NON-NLS-2$
                    + " to " + UnloadPassword.MAX_LENGTH + " characters"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (text.isBlank() || text.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.invalid(field + ".password", field //$NON-NLS-1$
                    + ".password must not be blank or contain control characters"); //$NON-NLS-1$
        }
        return password;
    }

    private static GlobalAgentSettings global(String field, GlobalAgentSettings global) throws ApiException {
        if (global == null) {
            return null;
        }
        String scan = field + ".scan"; //$NON-NLS-1$
        SharedScanSettings shared = FieldChecks.required(scan, global.scan());
        return new GlobalAgentSettings(new SharedScanSettings(
                FieldChecks.required(scan + ".excludeServerDatabaseFolder", shared.excludeServerDatabaseFolder()), //$NON-NLS-1$
                FieldChecks.required(scan + ".excludeExchangeFolders", shared.excludeExchangeFolders()), //$NON-NLS-1$
                FieldChecks.range(scan + ".maxCompressedSizeMb", shared.maxCompressedSizeMb(), 1, //$NON-NLS-1$
                        SharedScanSettings.MAX_COMPRESSED_SIZE_MB),
                FieldChecks.range(scan + ".maxCompressedFiles", shared.maxCompressedFiles(), 1, //$NON-NLS-1$
                        SharedScanSettings.MAX_COMPRESSED_FILES),
                FieldChecks.required(scan + ".cleanCompressedFiles", shared.cleanCompressedFiles())), //$NON-NLS-1$
                FieldChecks.required(field + ".deferFirewallUntilRestart", global.deferFirewallUntilRestart()), //$NON-NLS-1$
                FieldChecks.required(field + ".restartNotification", global.restartNotification())); //$NON-NLS-1$
    }
}
