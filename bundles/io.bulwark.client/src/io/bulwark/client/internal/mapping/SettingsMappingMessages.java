package io.bulwark.client.internal.mapping;

import org.eclipse.osgi.util.NLS;

/** Texts of the settings mapping that a person may read, in {@code settingsmapping.properties}. */
public final class SettingsMappingMessages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.client.internal.mapping.settingsmapping"; //$NON-NLS-1$

    public static String SettingsMapping_unknownValue;

    static {
        NLS.initializeMessages(BUNDLE_NAME, SettingsMappingMessages.class);
    }

    private SettingsMappingMessages() {
    }
}
