package io.bulwark.server.internal.domains;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
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
     *            its place (1 is first; the others keep their order around it), or {@code null} to append
     * @return the new rule's id
     * @throws SQLException
     *             if it cannot be stored
     */
    public long create(Connection connection, IpRange range, long domainId, Integer position) throws SQLException {
        int last = (int) Jdbc.count(connection, "SELECT COALESCE(MAX(position), 0) + 1 FROM grouping_rule"); //$NON-NLS-1$
        long id = Jdbc.insert(connection,
                "INSERT INTO grouping_rule (ip_range, domain_id, position) VALUES (?, ?, ?)", //$NON-NLS-1$
                range.toString(), Long.valueOf(domainId), Integer.valueOf(last));
        place(connection, id, position == null ? last : position.intValue());
        return id;
    }

    /**
     * Puts a rule at a position among all rules (1 is first; beyond the end means last) and renumbers the others 1..n,
     * keeping their order.
     */
    private static void place(Connection connection, long id, int position) throws SQLException {
        List<Long> order = new ArrayList<>(Jdbc.query(connection, "SELECT id FROM grouping_rule ORDER BY position, id", //$NON-NLS-1$
                row -> Long.valueOf(row.getLong(1))));
        order.remove(Long.valueOf(id));
        order.add(Math.min(Math.max(position, 1), order.size() + 1) - 1, Long.valueOf(id));
        for (int i = 0; i < order.size(); i++) {
            Jdbc.update(connection, "UPDATE grouping_rule SET position = ? WHERE id = ? AND position <> ?", //$NON-NLS-1$
                    Integer.valueOf(i + 1), order.get(i), Integer.valueOf(i + 1));
        }
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
     *            its place (1 is first); the other rules keep their order around it
     * @throws SQLException
     *             if it cannot be stored
     */
    public void update(Connection connection, long id, IpRange range, long domainId, int position)
            throws SQLException {
        Jdbc.update(connection, "UPDATE grouping_rule SET ip_range = ?, domain_id = ? WHERE id = ?", //$NON-NLS-1$
                range.toString(), Long.valueOf(domainId), Long.valueOf(id));
        place(connection, id, position);
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
        Optional<GroupingRule> rule = find(connection, id);
        if (rule.isPresent()) {
            Jdbc.update(connection, "DELETE FROM grouping_rule WHERE id = ?", Long.valueOf(id)); //$NON-NLS-1$
            Jdbc.update(connection, "UPDATE grouping_rule SET position = position - 1 WHERE position > ?", //$NON-NLS-1$
                    rule.get().position());
        }
    }

    private static GroupingRule rule(ResultSet row) throws SQLException {
        return new GroupingRule(Long.valueOf(row.getLong("id")), row.getString("ip_range"), //$NON-NLS-1$ //$NON-NLS-2$
                Long.valueOf(row.getLong("domain_id")), Integer.valueOf(row.getInt("position"))); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
