package io.bulwark.server.internal.domains;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import io.bulwark.protocol.IpRange;
import io.bulwark.protocol.admin.GroupingRule;
import io.bulwark.server.internal.storage.Jdbc;

/**
 * The {@code grouping_rule} table, and the choice of domain for an arriving agent: the first rule, by position, whose
 * range holds the agent's address.
 */
public final class GroupingRules {

    /**
     * @param connection
     *            an open connection
     * @return every rule by position
     * @throws SQLException
     *             if the table cannot be read
     */
    public List<GroupingRule> list(Connection connection) throws SQLException {
        return Jdbc.query(connection,
                "SELECT id, ip_range, domain_id, position FROM grouping_rule ORDER BY position, id", //$NON-NLS-1$
                GroupingRules::rule);
    }

    /**
     * @param connection
     *            an open connection
     * @param id
     *            a rule id
     * @return the rule, if it exists
     * @throws SQLException
     *             if the table cannot be read
     */
    public Optional<GroupingRule> find(Connection connection, long id) throws SQLException {
        return Jdbc.one(connection, "SELECT id, ip_range, domain_id, position FROM grouping_rule WHERE id = ?", //$NON-NLS-1$
                GroupingRules::rule, Long.valueOf(id));
    }

    /**
     * @param connection
     *            an open connection
     * @param address
     *            an agent's IP address
     * @return the domain the first matching rule names, or empty for the root
     * @throws SQLException
     *             if the table cannot be read
     */
    public Optional<Long> domainFor(Connection connection, String address) throws SQLException {
        for (GroupingRule rule : list(connection)) {
            if (IpRange.parse(rule.ipRange()).contains(address)) {
                return Optional.of(rule.domainId());
            }
        }
        return Optional.empty();
    }

    /**
     * @param connection
     *            the transaction
     * @param range
     *            a checked range
     * @param domainId
     *            an existing domain
     * @param position
     *            its place, or {@code null} to append
     * @return the new rule's id
     * @throws SQLException
     *             if it cannot be stored
     */
    public long create(Connection connection, IpRange range, long domainId, Integer position) throws SQLException {
        int place = position != null
                ? position.intValue()
                : (int) Jdbc.count(connection, "SELECT COALESCE(MAX(position), 0) + 1 FROM grouping_rule"); //$NON-NLS-1$
        return Jdbc.insert(connection, "INSERT INTO grouping_rule (ip_range, domain_id, position) VALUES (?, ?, ?)", //$NON-NLS-1$
                range.toString(), Long.valueOf(domainId), Integer.valueOf(place));
    }

    /**
     * @param connection
     *            the transaction
     * @param id
     *            the rule
     * @param range
     *            its checked range
     * @param domainId
     *            its existing domain
     * @param position
     *            its place
     * @throws SQLException
     *             if it cannot be stored
     */
    public void update(Connection connection, long id, IpRange range, long domainId, int position)
            throws SQLException {
        Jdbc.update(connection, "UPDATE grouping_rule SET ip_range = ?, domain_id = ?, position = ? WHERE id = ?", //$NON-NLS-1$
                range.toString(), Long.valueOf(domainId), Integer.valueOf(position), Long.valueOf(id));
    }

    /**
     * @param connection
     *            the transaction
     * @param id
     *            the rule
     * @throws SQLException
     *             if it cannot be removed
     */
    public void delete(Connection connection, long id) throws SQLException {
        Jdbc.update(connection, "DELETE FROM grouping_rule WHERE id = ?", Long.valueOf(id)); //$NON-NLS-1$
    }

    private static GroupingRule rule(ResultSet row) throws SQLException {
        return new GroupingRule(Long.valueOf(row.getLong("id")), row.getString("ip_range"), //$NON-NLS-1$ //$NON-NLS-2$
                Long.valueOf(row.getLong("domain_id")), Integer.valueOf(row.getInt("position"))); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
