package io.bulwark.core.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import io.bulwark.client.ServerAddress;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.ServerRegistry;

/**
 * The registry of servers, seeded at activation with the servers named by
 * {@link ServerRegistryService#STARTUP_SERVERS_PROPERTY} or {@link ServerRegistryService#STARTUP_SERVERS_VARIABLE}.
 */
@Component(service = ServerRegistryService.class)
public class LiveServerRegistry implements ServerRegistryService {

    private final ServerRegistry registry = ModelFactory.eINSTANCE.createServerRegistry();

    /** For tests and plain Java hosts: an empty registry. */
    public LiveServerRegistry() {
    }

    @Activate
    void activate(BundleContext context) {
        String list = context.getProperty(STARTUP_SERVERS_PROPERTY);
        addStartupServers(list != null ? list : System.getenv(STARTUP_SERVERS_VARIABLE));
    }

    /**
     * Adds every server of a start-up list: entries separated by commas or line breaks, each {@code [NAME=]ADDRESS}. An
     * entry that is not an address is reported in the log with the reason and skipped; it does not stop the others.
     *
     * @return how many entries were refused
     */
    public int addStartupServers(String list) {
        if (list == null || list.isBlank()) {
            return 0;
        }
        int refused = 0;
        for (String entry : list.split("[,\\r\\n]+")) { //$NON-NLS-1$
            if (entry.isBlank()) {
                continue;
            }
            int equals = entry.indexOf('=');
            String name = equals < 0 ? null : entry.substring(0, equals).strip();
            try {
                addServer(ServerAddress.parse(entry.substring(equals + 1)), name);
            } catch (IllegalArgumentException e) {
                refused++;
                ILog.of(getClass()).error(NLS.bind(Messages.LiveServerRegistry_startupEntryRefused,
                        new Object[]{STARTUP_SERVERS_PROPERTY, entry, e.getMessage()}));
            }
        }
        return refused;
    }

    @Override
    public ServerRegistry getRegistry() {
        return registry;
    }

    @Override
    public ManagementServer addServer(ServerAddress address, String name) {
        ManagementServer known = findServer(address);
        if (known != null) {
            return known;
        }
        ManagementServer server = ModelFactory.eINSTANCE.createManagementServer();
        server.setId(address.toString());
        server.setName(name == null || name.isBlank() ? address.toString() : name);
        server.setHost(address.host());
        server.setPort(address.port());
        server.setUseTls(address.tls());
        server.setState(ConnectionState.DISCONNECTED);
        registry.getServers().add(server);
        return server;
    }

    @Override
    public ManagementServer findServer(ServerAddress address) {
        for (ManagementServer server : registry.getServers()) {
            if (server.getPort() == address.port() && server.isUseTls() == address.tls()
                    && address.host().equalsIgnoreCase(server.getHost())) {
                return server;
            }
        }
        return null;
    }
}
