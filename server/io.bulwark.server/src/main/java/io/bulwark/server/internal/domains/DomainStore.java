package io.bulwark.server.internal.domains;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.bulwark.protocol.admin.Domain;
import io.bulwark.server.internal.accounts.Caller;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.storage.Database;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * The {@code domain} table. A domain directly under the root has {@code parent_id} 0 in the table and a {@code null}
 * parent on the wire.
 */
public final class DomainStore implements Caller.DomainAncestry {

    /** The {@code parent_id} of a top-level domain. */
    static final long ROOT = 0;

    private static final String SELECT = "SELECT d.id, d.parent_id, d.name," //$NON-NLS-1$
            + " (SELECT COUNT(*) FROM agent a WHERE a.domain_id = d.id) AS agents FROM domain d"; //$NON-NLS-1$

    private final Database database;

    /**
     * @param database
     *            the server's database
     */
    public DomainStore(Database database) {
        this.database = database;
    }

    /**
     * @param connection
     *            an open connection
     * @return every domain, parents before children
     * @throws SQLException
     *             if the table cannot be read
     */
    public List<Domain> list(Connection connection) throws SQLException {
        List<Domain> all = Jdbc.query(connection, SELECT + " ORDER BY d.id", DomainStore::domain); //$NON-NLS-1$
        // Ids grow with creation, but a moved domain may sit under a younger one; order parents first.
        List<Domain> ordered = new ArrayList<>(all.size());
        Set<Long> placed = new HashSet<>();
        placed.add(null);
        List<Domain> waiting = new ArrayList<>(all);
        while (!waiting.isEmpty()) {
            int before = waiting.size();
            for (var it = waiting.iterator(); it.hasNext();) {
                Domain domain = it.next();
                if (placed.contains(domain.parentId())) {
                    ordered.add(domain);
                    placed.add(Long.valueOf(domain.id()));
                    it.remove();
                }
            }
            if (waiting.size() == before) {
                throw new SQLException("The domain table holds a cycle or an orphan: " + waiting); //$NON-NLS-1$
            }
        }
        return ordered;
    }

    /**
     * @param connection
     *            an open connection
     * @param id
     *            a domain id
     * @return the domain, empty if there is none
     * @throws SQLException
     *             if the table cannot be read
     */
    public Optional<Domain> find(Connection connection, long id) throws SQLException {
        return Jdbc.one(connection, SELECT + " WHERE d.id = ?", DomainStore::domain, Long.valueOf(id)); //$NON-NLS-1$
    }

    /**
     * @param connection
     *            an open connection
     * @param id
     *            a domain id
     * @return the domain
     * @throws ApiException
     *             404 if there is none
     * @throws SQLException
     *             if the table cannot be read
     */
    public Domain require(Connection connection, long id) throws ApiException, SQLException {
        return find(connection, id).orElseThrow(() -> ApiException.notFound("There is no domain " + id)); //$NON-NLS-1$
    }

    /**
     * @param connection
     *            the transaction
     * @param parentId
     *            the parent, or {@code null} for the root
     * @param name
     *            a checked name
     * @param now
     *            the creation time
     * @return the new domain's id
     * @throws SQLException
     *             if it cannot be stored
     */
    public long create(Connection connection, Long parentId, String name, Instant now) throws SQLException {
        return Jdbc.insert(connection,
                "INSERT INTO domain (parent_id, name, name_key, created_at) VALUES (?, ?, ?, ?)", //$NON-NLS-1$
                Long.valueOf(stored(parentId)), name, key(name), now);
    }

    /**
     * @param connection
     *            the transaction
     * @param id
     *            the domain
     * @param parentId
     *            its new parent, or {@code null} for the root
     * @param name
     *            its new name
     * @throws SQLException
     *             if it cannot be stored
     */
    public void update(Connection connection, long id, Long parentId, String name) throws SQLException {
        Jdbc.update(connection, "UPDATE domain SET parent_id = ?, name = ?, name_key = ? WHERE id = ?", //$NON-NLS-1$
                Long.valueOf(stored(parentId)), name, key(name), Long.valueOf(id));
    }

    /**
     * @param connection
     *            the transaction
     * @param id
     *            an empty domain
     * @throws SQLException
     *             if it cannot be removed
     */
    public void delete(Connection connection, long id) throws SQLException {
        Jdbc.update(connection, "DELETE FROM domain WHERE id = ?", Long.valueOf(id)); //$NON-NLS-1$
    }

    /**
     * @param connection
     *            an open connection
     * @param parentId
     *            a parent, or {@code null} for the root
     * @param name
     *            a name
     * @return the id of the sibling with that name regardless of case, if any
     * @throws SQLException
     *             if the table cannot be read
     */
    public Optional<Long> siblingNamed(Connection connection, Long parentId, String name) throws SQLException {
        return Jdbc.one(connection, "SELECT id FROM domain WHERE parent_id = ? AND name_key = ?", //$NON-NLS-1$
                row -> Long.valueOf(row.getLong(1)), Long.valueOf(stored(parentId)), key(name));
    }

    /**
     * @param connection
     *            an open connection
     * @param id
     *            a domain
     * @return how many domains sit directly in it
     * @throws SQLException
     *             if the table cannot be read
     */
    public long childCount(Connection connection, long id) throws SQLException {
        return Jdbc.count(connection, "SELECT COUNT(*) FROM domain WHERE parent_id = ?", Long.valueOf(id)); //$NON-NLS-1$
    }

    /**
     * @param connection
     *            an open connection
     * @param id
     *            a domain
     * @return the domain and its ancestors, nearest first; empty if it does not exist
     * @throws SQLException
     *             if the table cannot be read
     */
    public List<Long> selfAndAncestors(Connection connection, long id) throws SQLException {
        List<Long> chain = new ArrayList<>();
        long current = id;
        while (current != ROOT) {
            Optional<Long> parent = Jdbc.one(connection, "SELECT parent_id FROM domain WHERE id = ?", //$NON-NLS-1$
                    row -> Long.valueOf(row.getLong(1)), Long.valueOf(current));
            if (parent.isEmpty() || chain.contains(Long.valueOf(current))) {
                break;
            }
            chain.add(Long.valueOf(current));
            current = parent.get().longValue();
        }
        return chain;
    }

    @Override
    public List<Long> selfAndAncestors(long domainId) throws ApiException {
        try (Connection connection = database.connection()) {
            return selfAndAncestors(connection, domainId);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the domain tree: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static Domain domain(ResultSet row) throws SQLException {
        long parent = row.getLong("parent_id"); //$NON-NLS-1$
        return new Domain(row.getLong("id"), parent == ROOT ? null : Long.valueOf(parent), row.getString("name"), //$NON-NLS-1$ //$NON-NLS-2$
                row.getLong("agents")); //$NON-NLS-1$
    }

    private static long stored(Long parentId) {
        return parentId == null ? ROOT : parentId.longValue();
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
