package io.bulwark.server.internal.accounts;

import java.io.PrintStream;
import java.security.SecureRandom;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the root account on the server's first start, from the password the administrator gave or, if none, a
 * generated one printed once: the server never stores it in a readable form, so it cannot be shown again.
 */
public final class RootAccountSetup {

    private static final Logger LOG = LoggerFactory.getLogger(RootAccountSetup.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"; //$NON-NLS-1$
    private static final int GENERATED_LENGTH = 20;

    private final AccountStore accounts;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param accounts
     *            the account store
     */
    public RootAccountSetup(AccountStore accounts) {
        this.accounts = accounts;
    }

    /**
     * Creates the root account unless it exists.
     *
     * @param givenPassword
     *            the password from the command line, or {@code null} to generate one
     * @param console
     *            where a generated password is shown to the administrator
     */
    public void ensureRoot(char[] givenPassword, PrintStream console) {
        if (accounts.hasRoot()) {
            if (givenPassword != null) {
                LOG.warn("Ignoring --root-password: the root account exists; it is only used on first start"); //$NON-NLS-1$
            }
            return;
        }
        if (givenPassword != null) {
            accounts.create(AccountStore.ROOT_USER, Role.ROOT, givenPassword);
            console.println("root account created with the given password"); //$NON-NLS-1$
            return;
        }
        char[] generated = generate();
        accounts.create(AccountStore.ROOT_USER, Role.ROOT, generated);
        console.println("root password (generated, shown only this once): " + new String(generated)); //$NON-NLS-1$
    }

    private char[] generate() {
        char[] password = new char[GENERATED_LENGTH];
        for (int i = 0; i < password.length; i++) {
            password[i] = ALPHABET.charAt(random.nextInt(ALPHABET.length()));
        }
        return password;
    }
}
