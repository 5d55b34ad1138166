package io.bulwark.server.internal.components;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.bulwark.protocol.components.Component;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * The {@code component} and {@code component_increment} tables: which version of each component this server holds, and
 * which increments leading up to it it keeps for agents. The files themselves are in {@link ComponentFiles}.
 */
public final class ComponentStore {

    private static final String SELECT = "SELECT name, display_name, kind, version, updated_at, size, sha256" //$NON-NLS-1$
            + " FROM component"; //$NON-NLS-1$
    private static final String SELECT_INCREMENTS = "SELECT component_name, from_version, size, sha256" //$NON-NLS-1$
            + " FROM component_increment"; //$NON-NLS-1$

    /**
     * @param connection
     *            an open connection
     * @return every component, by name
     * @throws SQLException
     *             if the table cannot be read
     */
    public List<Component> list(Connection connection) throws SQLException {
        return Jdbc.query(connection, SELECT + " ORDER BY name", ComponentStore::component); //$NON-NLS-1$
    }

    /**
     * @param connection
     *            an open connection
     * @param name
     *            a component's name
     * @return the component, empty if the server holds none of that name
     * @throws SQLException
     *             if the table cannot be read
     */
    public Optional<Component> find(Connection connection, String name) throws SQLException {
        return Jdbc.one(connection, SELECT + " WHERE name = ?", ComponentStore::component, name); //$NON-NLS-1$
    }

    /**
     * @param connection
     *            an open connection
     * @param name
     *            a component's name
     * @return the increments kept for it, oldest first
     * @throws SQLException
     *             if the table cannot be read
     */
    public List<StoredIncrement> increments(Connection connection, String name) throws SQLException {
        return Jdbc.query(connection, SELECT_INCREMENTS + " WHERE component_name = ? ORDER BY from_version", //$NON-NLS-1$
                ComponentStore::increment, name);
    }

    /**
     * @param connection
     *            an open connection
     * @return every increment kept, by component and version
     * @throws SQLException
     *             if the table cannot be read
     */
    public List<StoredIncrement> allIncrements(Connection connection) throws SQLException {
        return Jdbc.query(connection, SELECT_INCREMENTS + " ORDER BY component_name, from_version", //$NON-NLS-1$
                ComponentStore::increment);
    }

    /**
     * @param connection
     *            an open connection
     * @param name
     *            a component's name
     * @param from
     *            the version the increment applies to
     * @return the increment, empty if it is not kept
     * @throws SQLException
     *             if the table cannot be read
     */
    public Optional<StoredIncrement> increment(Connection connection, String name, long from) throws SQLException {
        return Jdbc.one(connection, SELECT_INCREMENTS + " WHERE component_name = ? AND from_version = ?", //$NON-NLS-1$
                ComponentStore::increment, name, Long.valueOf(from));
    }

    /**
     * Records the version the server now holds, inserting the component the first time.
     *
     * @param connection
     *            the transaction
     * @param component
     *            the component in its new version
     * @throws SQLException
     *             if the table cannot be written
     */
    public void save(Connection connection, Component component) throws SQLException {
        int updated = Jdbc.update(connection,
                "UPDATE component SET display_name = ?, kind = ?, version = ?, updated_at = ?, size = ?, sha256 = ?" //$NON-NLS-1$
                        + " WHERE name = ?", //$NON-NLS-1$
                component.displayName(), component.kind(), Long.valueOf(component.version()), component.updatedAt(),
                Long.valueOf(component.size()), component.sha256(), component.name());
        if (updated == 0) {
            Jdbc.update(connection,
                    "INSERT INTO component (name, display_name, kind, version, updated_at, size, sha256)" //$NON-NLS-1$
                            + " VALUES (?, ?, ?, ?, ?, ?, ?)", //$NON-NLS-1$
                    component.name(), component.displayName(), component.kind(), Long.valueOf(component.version()),
                    component.updatedAt(), Long.valueOf(component.size()), component.sha256());
        }
    }

    /**
     * @param connection
     *            the transaction
     * @param increment
     *            an increment now kept
     * @throws SQLException
     *             if the table cannot be written
     */
    public void addIncrement(Connection connection, StoredIncrement increment) throws SQLException {
        Jdbc.update(connection, "DELETE FROM component_increment WHERE component_name = ? AND from_version = ?", //$NON-NLS-1$
                increment.component(), Long.valueOf(increment.from()));
        Jdbc.update(connection,
                "INSERT INTO component_increment (component_name, from_version, to_version, size, sha256)" //$NON-NLS-1$
                        + " VALUES (?, ?, ?, ?, ?)", //$NON-NLS-1$
                increment.component(), Long.valueOf(increment.from()), Long.valueOf(increment.to()),
                Long.valueOf(increment.size()), increment.sha256());
    }

    /**
     * Forgets the increments agents can no longer use: those outside the unbroken chain leading to {@code version}, and
     * all but the last {@code keep} of the chain.
     *
     * @param connection
     *            the transaction
     * @param name
     *            a component's name
     * @param version
     *            the version the server now holds
     * @param keep
     *            how many increments to keep
     * @return the increments forgotten, whose files may be deleted once the transaction commits
     * @throws SQLException
     *             if the table cannot be written
     */
    public List<StoredIncrement> prune(Connection connection, String name, long version, int keep)
            throws SQLException {
        List<StoredIncrement> kept = increments(connection, name);
        long chainStart = version;
        while (chainStart > version - keep && contains(kept, chainStart - 1)) {
            chainStart--;
        }
        List<StoredIncrement> forgotten = new ArrayList<>();
        for (StoredIncrement increment : kept) {
            if (increment.from() < chainStart || increment.from() >= version) {
                Jdbc.update(connection,
                        "DELETE FROM component_increment WHERE component_name = ? AND from_version = ?", //$NON-NLS-1$
                        name, Long.valueOf(increment.from()));
                forgotten.add(increment);
            }
        }
        return forgotten;
    }

    private static boolean contains(List<StoredIncrement> increments, long from) {
        return increments.stream().anyMatch(increment -> increment.from() == from);
    }

    private static Component component(ResultSet row) throws SQLException {
        return new Component(row.getString("name"), row.getString("display_name"), row.getString("kind"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                row.getLong("version"), Jdbc.instant(row, "updated_at"), row.getLong("size"), row.getString("sha256")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
    }

    private static StoredIncrement increment(ResultSet row) throws SQLException {
        return new StoredIncrement(row.getString("component_name"), row.getLong("from_version"), row.getLong("size"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                row.getString("sha256")); //$NON-NLS-1$
    }
}
