package io.bulwark.core.internal;

import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerAddress;
import io.bulwark.core.ServerRegistryException;
import io.bulwark.core.ServerRegistryService;

/**
 * One entry of the start-up server list: {@code [NAME=]ADDRESS[;fingerprint=FINGERPRINT][;user=USER]}. The options let
 * the demo, tests and scripts set up a console that connects without anyone confirming a certificate or typing a user
 * name (decision 0003).
 *
 * @param name
 *            the name to show, or {@code null}
 * @param address
 *            where the server listens
 * @param fingerprint
 *            the certificate fingerprint to pin when none is pinned yet (colon-separated uppercase hex), or
 *            {@code null}
 * @param user
 *            the account to log in with, or {@code null}
 */
record StartupEntry(String name, ServerAddress address, String fingerprint, String user) {

    private static final String FINGERPRINT_OPTION = "fingerprint"; //$NON-NLS-1$
    private static final String USER_OPTION = "user"; //$NON-NLS-1$

    /**
     * Reads one entry, checking all of it before anything is registered.
     *
     * @throws ServerRegistryException
     *             with a message that says which part is wrong and why
     */
    static StartupEntry parse(String entry) throws ServerRegistryException {
        String[] parts = entry.split(";"); //$NON-NLS-1$
        String server = parts[0];
        int equals = server.indexOf('=');
        String name = equals < 0 ? null : server.substring(0, equals).strip();
        ServerAddress address;
        try {
            address = ServerAddress.parse(server.substring(equals + 1));
        } catch (IllegalArgumentException e) {
            throw new ServerRegistryException(e.getMessage(), e);
        }
        String fingerprint = null;
        String user = null;
        for (int i = 1; i < parts.length; i++) {
            String option = parts[i].strip();
            if (option.isEmpty()) {
                continue;
            }
            int optionEquals = option.indexOf('=');
            String key = optionEquals < 0 ? option : option.substring(0, optionEquals).strip();
            String value = optionEquals < 0 ? "" : option.substring(optionEquals + 1).strip(); //$NON-NLS-1$
            switch (key.toLowerCase(Locale.ROOT)) {
                case FINGERPRINT_OPTION -> fingerprint = RegistryRules.fingerprint(value);
                case USER_OPTION -> user = required(key, value);
                default -> throw new ServerRegistryException(NLS.bind(Messages.StartupEntry_unknownOption, key,
                        ServerRegistryService.STARTUP_SERVERS_PROPERTY));
            }
        }
        return new StartupEntry(name, address, fingerprint, user);
    }

    private static String required(String key, String value) throws ServerRegistryException {
        if (value.isEmpty()) {
            throw new ServerRegistryException(NLS.bind(Messages.StartupEntry_optionEmpty, key));
        }
        return value;
    }
}
