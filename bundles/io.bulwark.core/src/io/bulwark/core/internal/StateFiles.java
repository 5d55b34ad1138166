package io.bulwark.core.internal;

import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.osgi.framework.BundleContext;

/**
 * Where the core bundle keeps its files: a path named by a framework or system property when one is set (tests, the
 * demo, the command line), else a file in the bundle's state location inside the console's workspace.
 */
final class StateFiles {

    private StateFiles() {
    }

    /**
     * @throws IllegalStateException
     *             when the property is not set and the console runs without a workspace ({@code -data @none})
     */
    static Path resolve(BundleContext context, String property, String defaultName) {
        String configured = context.getProperty(property);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured.strip()).toAbsolutePath();
        }
        return Platform.getStateLocation(context.getBundle()).toFile().toPath().resolve(defaultName);
    }

    /** A file named by a property, else by an environment variable, else {@code null}. */
    static Path named(BundleContext context, String property, String variable) {
        String configured = context.getProperty(property);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(variable);
        }
        return configured == null || configured.isBlank() ? null : Path.of(configured.strip()).toAbsolutePath();
    }
}
