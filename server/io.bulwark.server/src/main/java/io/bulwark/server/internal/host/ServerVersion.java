package io.bulwark.server.internal.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The server's software version, written into {@code version.properties} by the build from the project version.
 */
public final class ServerVersion {

    private static final String RESOURCE = "/io/bulwark/server/version.properties"; //$NON-NLS-1$

    private ServerVersion() {
    }

    /**
     * @return the version, e.g. {@code 0.1.0-SNAPSHOT}
     * @throws IllegalStateException
     *             if the build did not package the version resource
     */
    public static String current() {
        try (InputStream in = ServerVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("The server jar lacks " + RESOURCE + "; rebuild it with Maven"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version"); //$NON-NLS-1$
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e); //$NON-NLS-1$
        }
    }
}
