package io.bulwark.protocol.settings;

/**
 * The password that protects agents against being unloaded or uninstalled. The server stores only a salted hash of it
 * and never returns it: a read says only whether one is set.
 * <p>
 * In a write: {@code {"password":"…"}} sets or replaces it; {@code {"set":true}} keeps the one this scope has (what a
 * client sends back unchanged after a read); {@code {"set":false}} or no {@code unloadPassword} at all removes it.
 *
 * @param set
 *            in a read: whether a password is set; in a write without {@link #password()}: keep ({@code true}) or
 *            remove ({@code false}) it
 * @param password
 *            in a write only: the new password, 8–128 characters
 */
public record UnloadPassword(Boolean set, String password) {

    /** The shortest accepted password. */
    public static final int MIN_LENGTH = 8;

    /** The longest accepted password. */
    public static final int MAX_LENGTH = 128;

    /**
     * @param set
     *            whether a password is set
     * @return what a read shows
     */
    public static UnloadPassword shown(boolean set) {
        return new UnloadPassword(Boolean.valueOf(set), null);
    }

    /** Keeps the password out of logs and exception messages. */
    @Override
    public String toString() {
        return "UnloadPassword[set=" + set + (password == null ? "" : ", password=(given)") + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
