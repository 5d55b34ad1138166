package io.bulwark.core;

/**
 * Asks the person at the console for the master password that unlocks the stored server passwords. The console offers
 * one as an OSGi service; without it (and without a password file) secure storage cannot be opened.
 * <p>
 * Called from any thread; an implementation that shows a dialog moves to its UI thread itself.
 */
public interface MasterPasswordPrompt {

    /**
     * @param creating
     *            {@code true} when no master password exists yet and the person chooses one (ask twice), {@code false}
     *            when an existing one must be entered
     * @return the master password, or {@code null} when the person cancelled
     */
    char[] askMasterPassword(boolean creating);
}
