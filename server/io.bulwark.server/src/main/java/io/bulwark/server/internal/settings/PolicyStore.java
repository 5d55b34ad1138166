package io.bulwark.server.internal.settings;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.bulwark.protocol.ApiHeaders;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.SettingsScope;
import io.bulwark.server.internal.accounts.PasswordHash;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.storage.Database;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * The {@code policy} table: each scope's own settings document as JSON with its version and, beside it, the hash of the
 * scope's unload/uninstall password. The root's row is created with {@link DefaultSettings} on first start.
 */
public final class PolicyStore {

    private static final String COLUMNS = "scope_key, version, document, unload_password_algorithm," //$NON-NLS-1$
            + " unload_password_iterations, unload_password_salt, unload_password_hash, changed_at, changed_by"; //$NON-NLS-1$
    private static final int IN_CHUNK = 500;
    private static final String UNIQUE_VIOLATION = "23505"; //$NON-NLS-1$

    private final WireJson json;

    /**
     * Creates the root's default settings if the database has none yet.
     *
     * @param database
     *            the server's database
     * @param json
     *            reads and writes the documents
     * @param clock
     *            stamps the defaults
     * @throws SQLException
     *             if the table cannot be read or written
     */
    public PolicyStore(Database database, WireJson json, Clock clock) throws SQLException {
        this.json = json;
        try (Connection connection = database.connection()) {
            if (find(connection, PolicyTarget.ROOT_KEY).isEmpty()) {
                Jdbc.update(connection,
                        "INSERT INTO policy (scope_key, scope_kind, version, document, changed_at)" //$NON-NLS-1$
                                + " VALUES (?, ?, 1, ?, ?)", //$NON-NLS-1$
                        PolicyTarget.ROOT_KEY, SettingsScope.ROOT, text(DefaultSettings.root()), clock.instant());
            }
        }
    }

    Optional<StoredPolicy> find(Connection connection, String key) throws SQLException {
        return Jdbc.one(connection, "SELECT " + COLUMNS + " FROM policy WHERE scope_key = ?", this::row, key); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** Reads a row and locks it until the transaction ends. */
    Optional<StoredPolicy> lock(Connection connection, String key) throws SQLException {
        return Jdbc.one(connection, "SELECT " + COLUMNS + " FROM policy WHERE scope_key = ? FOR UPDATE", this::row, //$NON-NLS-1$ //$NON-NLS-2$
                key);
    }

    /** @return the rows of those keys that have one, by key */
    Map<String, StoredPolicy> findAll(Connection connection, Collection<String> keys) throws SQLException {
        Map<String, StoredPolicy> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        Jdbc.query(connection, "SELECT " + COLUMNS + " FROM policy WHERE scope_key IN (" + marks(keys.size()) + ")", //$NON-NLS-1$//$NON-NLS-2$//$NON-NLS-3$
                row -> {
                    found.put(row.getString("scope_key"), row(row)); //$NON-NLS-1$
                    return null;
                }, keys.toArray());
        return found;
    }

    /** @return every domain's own settings, by domain id; domains that set nothing are absent */
    Map<Long, PolicySettings> domainSettings(Connection connection) throws SQLException {
        Map<Long, PolicySettings> found = new HashMap<>();
        Jdbc.query(connection, "SELECT domain_id, document FROM policy WHERE scope_kind = ?", row -> { //$NON-NLS-1$
            found.put(Long.valueOf(row.getLong(1)), settings(row.getString(2)));
            return null;
        }, SettingsScope.DOMAIN);
        return found;
    }

    /**
     * Stores a scope's new settings as the version after {@code expectedVersion}.
     *
     * @param connection
     *            the transaction
     * @param target
     *            the scope
     * @param expectedVersion
     *            the version the change is based on; 0 for a scope that has no row
     * @param settings
     *            the checked settings in stored form
     * @param unloadPassword
     *            the hash of the unload password, or {@code null}
     * @param now
     *            when
     * @param user
     *            who
     * @return the stored row
     * @throws ApiException
     *             412 if the stored version is no longer {@code expectedVersion}
     * @throws SQLException
     *             if the table cannot be written
     */
    StoredPolicy save(Connection connection, PolicyTarget target, long expectedVersion, PolicySettings settings,
            PasswordHash unloadPassword, Instant now, String user) throws ApiException, SQLException {
        String document = text(settings);
        String algorithm = unloadPassword == null ? null : unloadPassword.algorithm();
        Integer iterations = unloadPassword == null ? null : Integer.valueOf(unloadPassword.iterations());
        String salt = unloadPassword == null ? null : unloadPassword.salt();
        String hash = unloadPassword == null ? null : unloadPassword.hash();
        if (expectedVersion == 0) {
            try {
                Jdbc.update(connection, "INSERT INTO policy (scope_key, scope_kind, domain_id, agent_id, version," //$NON-NLS-1$
                        + " document, unload_password_algorithm, unload_password_iterations, unload_password_salt," //$NON-NLS-1$
                        + " unload_password_hash, changed_at, changed_by) VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?)", //$NON-NLS-1$
                        target.key(), target.scope().kind(), target.isAgent() ? null : target.domainId(),
                        target.agentId(), document, algorithm, iterations, salt, hash, now, user);
            } catch (SQLException e) {
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw stale(target);
                }
                throw e;
            }
        } else {
            int updated = Jdbc.update(connection, "UPDATE policy SET version = version + 1, document = ?," //$NON-NLS-1$
                    + " unload_password_algorithm = ?, unload_password_iterations = ?, unload_password_salt = ?," //$NON-NLS-1$
                    + " unload_password_hash = ?, changed_at = ?, changed_by = ? WHERE scope_key = ? AND version = ?", //$NON-NLS-1$
                    document, algorithm, iterations, salt, hash, now, user, target.key(),
                    Long.valueOf(expectedVersion));
            if (updated != 1) {
                throw stale(target);
            }
        }
        return new StoredPolicy(expectedVersion + 1, settings, unloadPassword, now, user);
    }

    private static ApiException stale(PolicyTarget target) {
        return new ApiException(412, ErrorCodes.PRECONDITION_FAILED, "The " + target.describe() //$NON-NLS-1$
                + " changed while this change was made; read them again and send the new " + ApiHeaders.ETAG); //$NON-NLS-1$
    }

    /** @return the stored form of a document, e.g. to check its size before storing it */
    String text(PolicySettings settings) {
        return new String(json.write(settings), StandardCharsets.UTF_8);
    }

    private PolicySettings settings(String document) {
        return json.read(document.getBytes(StandardCharsets.UTF_8), PolicySettings.class);
    }

    private StoredPolicy row(ResultSet row) throws SQLException {
        String hash = row.getString("unload_password_hash"); //$NON-NLS-1$
        PasswordHash password = hash == null
                ? null
                : new PasswordHash(row.getString("unload_password_algorithm"), //$NON-NLS-1$
                        row.getInt("unload_password_iterations"), row.getString("unload_password_salt"), hash); //$NON-NLS-1$ //$NON-NLS-2$
        return new StoredPolicy(row.getLong("version"), settings(row.getString("document")), password, //$NON-NLS-1$ //$NON-NLS-2$
                Jdbc.instant(row, "changed_at"), row.getString("changed_by")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * An agent as settings distribution needs it.
     *
     * @param id
     *            the agent
     * @param domainId
     *            its domain, or {@code null} under the root
     * @param own
     *            its own settings, or {@code null} if it sets nothing
     */
    record AgentSettings(UUID id, Long domainId, PolicySettings own) {
    }

    /**
     * @param connection
     *            an open connection
     * @param domainIds
     *            domains, or {@code null} for every agent including those under the root
     * @return the agents directly in those domains, with their own settings
     * @throws SQLException
     *             if the tables cannot be read
     */
    List<AgentSettings> agentsIn(Connection connection, List<Long> domainIds) throws SQLException {
        String select = "SELECT a.id, a.domain_id, p.document FROM agent a LEFT JOIN policy p ON p.agent_id = a.id"; //$NON-NLS-1$
        Jdbc.RowMapper<AgentSettings> mapper = row -> {
            String document = row.getString(3);
            return new AgentSettings(row.getObject(1, UUID.class), Jdbc.nullableLong(row, "domain_id"), //$NON-NLS-1$
                    document == null ? null : settings(document));
        };
        if (domainIds == null) {
            return Jdbc.query(connection, select, mapper);
        }
        List<AgentSettings> found = new ArrayList<>();
        for (int from = 0; from < domainIds.size(); from += IN_CHUNK) {
            List<Long> chunk = domainIds.subList(from, Math.min(domainIds.size(), from + IN_CHUNK));
            found.addAll(Jdbc.query(connection, select + " WHERE a.domain_id IN (" + marks(chunk.size()) + ")", //$NON-NLS-1$ //$NON-NLS-2$
                    mapper, chunk.toArray()));
        }
        return found;
    }

    private static String marks(int count) {
        return String.join(", ", Collections.nCopies(count, "?")); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
