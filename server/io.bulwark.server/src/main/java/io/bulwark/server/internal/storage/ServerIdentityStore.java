package io.bulwark.server.internal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the server's {@link ServerIdentity} in the {@code server_identity} table: created once, then only the display
 * name may change.
 */
public final class ServerIdentityStore {

    private final Database database;

    /**
     * @param database
     *            the server's database
     */
    public ServerIdentityStore(Database database) {
        this.database = database;
    }

    /**
     * Returns the stored identity, creating it on first start.
     *
     * @param requestedName
     *            the name given on the command line, or {@code null} to keep the stored one
     * @param defaultName
     *            the name to use on first start when none was requested
     * @return the server's identity, renamed if a different name was requested
     * @throws StorageException
     *             if the database cannot be read or written
     */
    public ServerIdentity loadOrCreate(String requestedName, String defaultName) {
        try (Connection connection = database.connection()) {
            Optional<ServerIdentity> stored = load(connection);
            if (stored.isEmpty()) {
                ServerIdentity created = new ServerIdentity(UUID.randomUUID(),
                        requestedName == null ? defaultName : requestedName,
                        OffsetDateTime.now(ZoneOffset.UTC));
                insert(connection, created);
                return created;
            }
            ServerIdentity identity = stored.get();
            if (requestedName != null && !requestedName.equals(identity.name())) {
                rename(connection, requestedName);
                return new ServerIdentity(identity.serverId(), requestedName, identity.createdAt());
            }
            return identity;
        } catch (SQLException e) {
            throw new StorageException("Cannot read or create the server identity: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static Optional<ServerIdentity> load(Connection connection) throws SQLException {
        try (PreparedStatement query = connection
                .prepareStatement("SELECT server_id, name, created_at FROM server_identity"); //$NON-NLS-1$
                ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            return Optional.of(new ServerIdentity(row.getObject(1, UUID.class), row.getString(2),
                    row.getObject(3, OffsetDateTime.class)));
        }
    }

    private static void insert(Connection connection, ServerIdentity identity) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO server_identity (singleton, server_id, name, created_at) VALUES (1, ?, ?, ?)")) { //$NON-NLS-1$
            insert.setObject(1, identity.serverId());
            insert.setString(2, identity.name());
            insert.setObject(3, identity.createdAt());
            insert.executeUpdate();
        }
    }

    private static void rename(Connection connection, String name) throws SQLException {
        try (PreparedStatement update = connection
                .prepareStatement("UPDATE server_identity SET name = ? WHERE singleton = 1")) { //$NON-NLS-1$
            update.setString(1, name);
            update.executeUpdate();
        }
    }
}
