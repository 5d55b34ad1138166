package io.bulwark.ui.internal.policies;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

import io.bulwark.core.policy.PolicyWorkspace;

/**
 * Which folder is the console's policy workspace: the one the system property {@value PolicyWorkspace#FOLDER_PROPERTY}
 * or the environment variable {@value PolicyWorkspace#FOLDER_VARIABLE} names for this run, as for the command line;
 * else the one chosen in the console (a preference of the console's instance); else {@code ~/.bulwark/policies}.
 */
final class WorkspaceFolder {

    /** The preference node. */
    static final String QUALIFIER = "io.bulwark.ui"; //$NON-NLS-1$

    /** The preference holding the chosen folder; absent or empty for the default. */
    static final String KEY = "policies.folder"; //$NON-NLS-1$

    private WorkspaceFolder() {
    }

    /** @return the workspace folder in use */
    static Path current() {
        return PolicyWorkspace.configuredFolder().orElseGet(() -> chosen().orElseGet(PolicyWorkspace::homeFolder));
    }

    /** @return the folder chosen in the console, if one is */
    static Optional<Path> chosen() {
        String chosen = Platform.getPreferencesService().getString(QUALIFIER, KEY, "", null); //$NON-NLS-1$
        return chosen.isBlank() ? Optional.empty() : Optional.of(Path.of(chosen));
    }

    /**
     * @param folder
     *            the folder to use from now on, or {@code null} for the default
     * @throws BackingStoreException
     *             if the choice cannot be stored
     */
    static void choose(Path folder) throws BackingStoreException {
        IEclipsePreferences node = InstanceScope.INSTANCE.getNode(QUALIFIER);
        if (folder == null) {
            node.remove(KEY);
        } else {
            node.put(KEY, folder.toAbsolutePath().normalize().toString());
        }
        node.flush();
    }
}
