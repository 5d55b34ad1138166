package io.bulwark.ui.internal.settings;

/**
 * Where a settings editor saves its working copy: to the server ({@link PolicySaver}) or to the policy workspace
 * ({@link WorkspaceSaver}). Both refuse a copy with errors and save in a job.
 */
interface EditorSaver {

    /** @return whether a save is under way; another one waits until it has ended */
    boolean isSaving();

    /** Saves, unless a field has an error; then says so and saves nothing. Call on the UI thread. */
    void save();
}
