package io.bulwark.core.internal;

import java.util.Arrays;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.provider.IPreferencesContainer;
import org.eclipse.equinox.security.storage.provider.PasswordProvider;

import io.bulwark.core.CredentialsException;

/**
 * The console's own password provider for Equinox secure storage (decision 0005), contributed in {@code plugin.xml} and
 * chosen by id when the storage is opened, so that no operating-system keyring is ever needed. It hands out the master
 * password of the {@link MasterPasswordSource} that the opener passed as the {@link #SOURCE_OPTION} option.
 */
public class MasterPasswordProvider extends PasswordProvider {

    /** The provider's id: the extension's id qualified by the bundle's. */
    public static final String MODULE_ID = "io.bulwark.core.masterPassword"; //$NON-NLS-1$

    /** The storage option under which the opener passes its {@link MasterPasswordSource}. */
    public static final String SOURCE_OPTION = "io.bulwark.core.masterPasswordSource"; //$NON-NLS-1$

    @Override
    public PBEKeySpec getPassword(IPreferencesContainer container, int passwordType) {
        MasterPasswordSource source = source(container);
        if (source == null) {
            return null;
        }
        try {
            char[] password = source.masterPassword((passwordType & CREATE_NEW_PASSWORD) != 0);
            PBEKeySpec key = new PBEKeySpec(password);
            Arrays.fill(password, '\0');
            return key;
        } catch (CredentialsException e) {
            source.recordFailure(e);
            return null;
        }
    }

    @Override
    public boolean retryOnError(Exception e, IPreferencesContainer container) {
        MasterPasswordSource source = source(container);
        if (source != null) {
            source.recordRefusal();
        }
        return false;
    }

    private static MasterPasswordSource source(IPreferencesContainer container) {
        return container.hasOption(SOURCE_OPTION)
                && container.getOption(SOURCE_OPTION) instanceof MasterPasswordSource s
                        ? s
                        : null;
    }
}
