package io.bulwark.core;

import io.bulwark.client.ServerAddress;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ServerRegistry;

/**
 * The management servers this console knows, as one live EMF model that parts and jobs observe.
 * <p>
 * The model is not thread-safe: read and change it only on the thread the console's model executor uses (the UI thread
 * in the console).
 */
public interface ServerRegistryService {

    /**
     * Framework property holding servers to list at start-up: entries separated by commas or line breaks, each
     * {@code [NAME=]ADDRESS} with the address in any form {@link ServerAddress#parse(String)} accepts. The demo and the
     * tests start the console with it.
     */
    String STARTUP_SERVERS_PROPERTY = "bulwark.servers"; //$NON-NLS-1$

    /**
     * Environment variable read like {@link #STARTUP_SERVERS_PROPERTY} when that property is not set; it carries names
     * with spaces through start scripts without quoting trouble.
     */
    String STARTUP_SERVERS_VARIABLE = "BULWARK_SERVERS"; //$NON-NLS-1$

    /** The root of the server model; the same instance for the lifetime of the service. */
    ServerRegistry getRegistry();

    /**
     * Adds a server to the top level of the registry, or returns the one already registered at that address.
     *
     * @param address
     *            where the server listens
     * @param name
     *            the name to show; when {@code null} the address is shown
     */
    ManagementServer addServer(ServerAddress address, String name);

    /** The registered server at an address, or {@code null}. */
    ManagementServer findServer(ServerAddress address);
}
