package io.bulwark.server.internal.components;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.components.ComponentVersion;
import io.bulwark.server.internal.audit.AuditLog;
import io.bulwark.server.internal.commands.CommandQueue;
import io.bulwark.server.internal.domains.DomainStore;
import io.bulwark.server.internal.events.ChangeFeed;
import io.bulwark.server.internal.http.RouteTable;
import io.bulwark.server.internal.storage.Database;

/**
 * The component feature as the server assembles it: the tables, the files (cleaned of leftovers at start), the updater,
 * and the routes for consoles and agents.
 */
public final class ComponentService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ComponentService.class);

    private final Database database;
    private final ComponentStore store = new ComponentStore();
    private final ComponentFiles files;
    private final ServerUpdater updater;

    /**
     * Opens the components folder and deletes what an interrupted update left in it.
     *
     * @param database
     *            the server's database
     * @param folder
     *            {@code <data>/components}
     * @param updateSource
     *            the update source's URL, or {@code null} if the server has none
     * @param audit
     *            the audit log
     * @param feed
     *            the change feed
     * @param clock
     *            the time source
     * @throws IOException
     *             if the folder cannot be used
     * @throws SQLException
     *             if the component tables cannot be read
     */
    public ComponentService(Database database, Path folder, URI updateSource, AuditLog audit, ChangeFeed feed,
            Clock clock) throws IOException, SQLException {
        this.database = database;
        this.files = ComponentFiles.open(folder);
        try (Connection connection = database.connection()) {
            int deleted = files.sweep(store.list(connection), store.allIncrements(connection));
            if (deleted > 0) {
                LOG.info("Deleted {} component files an interrupted update left behind", Integer.valueOf(deleted)); //$NON-NLS-1$
            }
        }
        this.updater = new ServerUpdater(database, store, files,
                updateSource == null ? null : new UpdateSourceClient(updateSource), audit, feed, clock);
    }

    /**
     * @param routes
     *            receives the component, download and notification routes
     * @param domains
     *            the domain tree, for administrators' scopes
     * @param commands
     *            the agent command queue, which holds the notification queue
     * @param json
     *            the protocol's JSON mapping
     * @param liveVersions
     *            the component versions agents reported in their latest heartbeats, empty for one not heard from
     */
    public void register(RouteTable routes, DomainStore domains, CommandQueue commands, WireJson json,
            Function<UUID, Map<String, String>> liveVersions) {
        new ComponentEndpoints(database, store, updater).register(routes);
        new AgentComponentEndpoints(database, store, files).register(routes);
        new NotificationEndpoints(database, domains, store, commands, json, liveVersions).register(routes);
    }

    /**
     * @param connection
     *            an open connection
     * @return the version of each component the server holds, by name
     * @throws SQLException
     *             if the table cannot be read
     */
    public List<ComponentVersion> versions(Connection connection) throws SQLException {
        return store.list(connection).stream().map(c -> new ComponentVersion(c.name(), c.version())).toList();
    }

    /** Stops an update in progress. */
    @Override
    public void close() {
        updater.close();
    }
}
