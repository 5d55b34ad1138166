package io.bulwark.server.internal.settings;

import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.Privileges;
import io.bulwark.protocol.settings.UnloadPassword;
import io.bulwark.server.internal.accounts.PasswordHash;
import io.bulwark.server.internal.accounts.PasswordHasher;
import io.bulwark.server.internal.http.ApiException;

/**
 * Turns the unload/uninstall password of a written document into what is stored: a PBKDF2 hash beside the document, and
 * in the document only whether a password is set. A scope that overrides privileges has its own password (or none); one
 * that inherits privileges inherits the password with them.
 */
final class UnloadPasswords {

    /**
     * What to store.
     *
     * @param settings
     *            the document, its password replaced by {@link UnloadPassword#shown(boolean)}
     * @param hash
     *            the password's hash, or {@code null} for none
     */
    record Resolved(PolicySettings settings, PasswordHash hash) {
    }

    private final PasswordHasher hasher;

    UnloadPasswords(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    /**
     * @param checked
     *            a checked document
     * @param current
     *            the hash this scope stores now, or {@code null}
     * @return the document and hash to store
     * @throws ApiException
     *             400 if a password is to be kept that does not exist, or a password is required and none is set
     */
    Resolved resolve(PolicySettings checked, PasswordHash current) throws ApiException {
        Privileges privileges = checked.privileges();
        if (privileges == null) {
            return new Resolved(checked, null);
        }
        UnloadPassword written = privileges.unloadPassword();
        PasswordHash hash = null;
        if (written != null && written.password() != null) {
            hash = hasher.hash(written.password().toCharArray());
        } else if (written != null && Boolean.TRUE.equals(written.set())) {
            if (current == null) {
                throw ApiException.invalid("privileges.unloadPassword.set", "This scope has no unload password to" //$NON-NLS-1$ //$NON-NLS-2$
                        + " keep; give privileges.unloadPassword.password"); //$NON-NLS-1$
            }
            hash = current;
        }
        boolean required = privileges.unload().equals(Privileges.REQUIRE_PASSWORD)
                || privileges.uninstall().equals(Privileges.REQUIRE_PASSWORD);
        if (required && hash == null) {
            throw ApiException.invalid("privileges.unloadPassword", "Unloading or uninstalling requires a password," //$NON-NLS-1$ //$NON-NLS-2$
                    + " but none is set; give privileges.unloadPassword.password"); //$NON-NLS-1$
        }
        Privileges stored = new Privileges(privileges.configureScans(), privileges.toggleFirewall(),
                privileges.configureProxy(), privileges.updateNow(), privileges.updateComponentsOnly(),
                privileges.securityLevel(), privileges.unload(), privileges.uninstall(),
                UnloadPassword.shown(hash != null));
        return new Resolved(new PolicySettings(checked.scanMethod(), checked.scanSettings(), stored,
                checked.updateSettings(), checked.updateSources(), checked.webReputation(), checked.firewall(),
                checked.globalSettings()), hash);
    }
}
