package io.bulwark.model.internal.settings;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.osgi.util.NLS;

import io.bulwark.model.settings.GlobalAgentSettings;
import io.bulwark.model.settings.Privileges;
import io.bulwark.model.settings.SettingsPackage.Literals;
import io.bulwark.model.settings.SharedScanSettings;
import io.bulwark.model.settings.UnloadPassword;
import io.bulwark.model.settings.UnloadRule;

/**
 * The server's rules for privileges and other settings (the unload/uninstall password) and for the global agent
 * settings with their shared scan settings.
 */
public final class AgentRules {

    private AgentRules() {
    }

    /** Requiring the password to unload or uninstall needs a password. */
    public static boolean check(Privileges privileges, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        boolean required = privileges.getUnload() == UnloadRule.REQUIRE_PASSWORD
                || privileges.getUninstall() == UnloadRule.REQUIRE_PASSWORD;
        UnloadPassword password = privileges.getUnloadPassword();
        boolean present = password != null && (password.getPassword() != null || password.isSet());
        if (required && !present) {
            problems.error(privileges, Literals.PRIVILEGES__UNLOAD_PASSWORD, Messages.Privileges_passwordRequired);
        }
        return problems.valid();
    }

    /** A new password has 8 to 128 characters, is not blank, and is not also marked as removed. */
    public static boolean check(UnloadPassword password, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        String text = password.getPassword();
        if (text == null) {
            return true;
        }
        if (password.isSetSet() && !password.isSet()) {
            problems.error(password, Literals.UNLOAD_PASSWORD__SET, Messages.UnloadPassword_removedAndGiven);
        }
        int min = io.bulwark.protocol.settings.UnloadPassword.MIN_LENGTH;
        int max = io.bulwark.protocol.settings.UnloadPassword.MAX_LENGTH;
        if (text.length() < min || text.length() > max) {
            problems.error(password, Literals.UNLOAD_PASSWORD__PASSWORD, NLS.bind(Messages.UnloadPassword_length,
                    new Object[]{Integer.valueOf(min), Integer.valueOf(max), Integer.valueOf(text.length())}));
        } else if (text.isBlank() || text.chars().anyMatch(Character::isISOControl)) {
            problems.error(password, Literals.UNLOAD_PASSWORD__PASSWORD, Messages.UnloadPassword_blank);
        }
        return problems.valid();
    }

    /** The shared scan settings are required. */
    public static boolean check(GlobalAgentSettings global, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        if (global.getScan() == null) {
            problems.error(global, Literals.GLOBAL_AGENT_SETTINGS__SCAN, Messages.Global_scanMissing);
        }
        return problems.valid();
    }

    /** Limits of compressed files: 1 to 2048 MB, 1 to 100000 files. */
    public static boolean check(SharedScanSettings shared, DiagnosticChain diagnostics, Map<Object, Object> context) {
        Problems problems = new Problems(diagnostics);
        int maxSize = io.bulwark.protocol.settings.SharedScanSettings.MAX_COMPRESSED_SIZE_MB;
        if (shared.getMaxCompressedSizeMb() < 1 || shared.getMaxCompressedSizeMb() > maxSize) {
            problems.error(shared, Literals.SHARED_SCAN_SETTINGS__MAX_COMPRESSED_SIZE_MB, NLS.bind(
                    Messages.Shared_maxSize, Integer.valueOf(maxSize),
                    Integer.valueOf(shared.getMaxCompressedSizeMb())));
        }
        int maxFiles = io.bulwark.protocol.settings.SharedScanSettings.MAX_COMPRESSED_FILES;
        if (shared.getMaxCompressedFiles() < 1 || shared.getMaxCompressedFiles() > maxFiles) {
            problems.error(shared, Literals.SHARED_SCAN_SETTINGS__MAX_COMPRESSED_FILES, NLS.bind(
                    Messages.Shared_maxFiles, Integer.valueOf(maxFiles),
                    Integer.valueOf(shared.getMaxCompressedFiles())));
        }
        return problems.valid();
    }
}
