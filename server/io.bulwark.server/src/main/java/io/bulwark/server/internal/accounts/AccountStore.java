package io.bulwark.server.internal.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.bulwark.protocol.admin.Account;

import io.bulwark.server.internal.storage.Database;
import io.bulwark.server.internal.storage.Jdbc;
import io.bulwark.server.internal.storage.StorageException;

/**
 * Administrator accounts in the {@code account} table. Passwords arrive as characters and leave as
 * {@link PasswordHash}es; nothing here ever stores or logs a password.
 */
public final class AccountStore {

    /** The user name of the account created on first start. */
    public static final String ROOT_USER = "root"; //$NON-NLS-1$

    private final Database database;
    private final PasswordHasher hasher;

    /**
     * @param database
     *            the server's database
     * @param hasher
     *            derives password hashes
     */
    public AccountStore(Database database, PasswordHasher hasher) {
        this.database = database;
        this.hasher = hasher;
    }

    /**
     * @return whether the root account exists, i.e. whether the server has completed its first start
     * @throws StorageException
     *             if the database cannot be read
     */
    public boolean hasRoot() {
        try (Connection connection = database.connection();
                PreparedStatement query = connection
                        .prepareStatement("SELECT COUNT(*) FROM account WHERE role = ?")) { //$NON-NLS-1$
            query.setString(1, Role.ROOT.storedName());
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1) > 0;
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot read the accounts: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    /**
     * Creates an account.
     *
     * @param userName
     *            the user name
     * @param role
     *            what the account may do
     * @param password
     *            its password, hashed before it is stored
     * @throws StorageException
     *             if the account cannot be stored, for example because the name is taken
     */
    public void create(String userName, Role role, char[] password) {
        try (Connection connection = database.connection()) {
            create(connection, userName, role, password, Set.of());
        } catch (SQLException e) {
            throw new StorageException("Cannot create the account " + userName + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /**
     * Creates an account in a transaction.
     *
     * @param connection
     *            the transaction
     * @param userName
     *            the user name
     * @param role
     *            what the account may do
     * @param password
     *            its password, hashed before it is stored
     * @param domainIds
     *            for an administrator, its domains
     * @throws SQLException
     *             if the account cannot be stored, for example because the name is taken
     */
    public void create(Connection connection, String userName, Role role, char[] password, Set<Long> domainIds)
            throws SQLException {
        PasswordHash hash = hasher.hash(password);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO account (user_name, role, password_algorithm, password_iterations," //$NON-NLS-1$
                        + " password_salt, password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
            insert.setString(1, userName);
            insert.setString(2, role.storedName());
            insert.setString(3, hash.algorithm());
            insert.setInt(4, hash.iterations());
            insert.setString(5, hash.salt());
            insert.setString(6, hash.hash());
            insert.setObject(7, OffsetDateTime.now(ZoneOffset.UTC));
            insert.executeUpdate();
        }
        setDomains(connection, userName, domainIds);
    }

    /**
     * Checks a login.
     *
     * @param userName
     *            the user name as typed
     * @param password
     *            the password as typed
     * @return the account's caller view if the password matches, empty otherwise (also for an unknown user, after the
     *         same work, so the timing does not tell which)
     * @throws SQLException
     *             if the accounts cannot be read
     */
    public Optional<Caller> verify(String userName, char[] password) throws SQLException {
        Optional<PasswordHash> stored;
        try (Connection connection = database.connection()) {
            stored = Jdbc.one(connection,
                    "SELECT password_algorithm, password_iterations, password_salt, password_hash FROM account" //$NON-NLS-1$
                            + " WHERE user_name = ?", //$NON-NLS-1$
                    row -> new PasswordHash(row.getString(1), row.getInt(2), row.getString(3), row.getString(4)),
                    userName);
        }
        if (stored.isEmpty()) {
            hasher.matches(password, hasher.hash(new char[]{'x'}));
            return Optional.empty();
        }
        if (!hasher.matches(password, stored.get())) {
            return Optional.empty();
        }
        return caller(userName);
    }

    /**
     * @param userName
     *            a user name
     * @return the account's role and domains, empty if there is no such account
     * @throws SQLException
     *             if the accounts cannot be read
     */
    public Optional<Caller> caller(String userName) throws SQLException {
        try (Connection connection = database.connection()) {
            return find(connection, userName).map(account -> new Caller(account.user(),
                    Role.valueOf(account.role().toUpperCase(Locale.ROOT)), new LinkedHashSet<>(account.domainIds())));
        }
    }

    /**
     * @param connection
     *            an open connection
     * @param userName
     *            a user name
     * @return the account, empty if there is none
     * @throws SQLException
     *             if the accounts cannot be read
     */
    public Optional<Account> find(Connection connection, String userName) throws SQLException {
        Optional<Account> bare = Jdbc.one(connection,
                "SELECT user_name, role, created_at FROM account WHERE user_name = ?", //$NON-NLS-1$
                row -> new Account(row.getString(1), row.getString(2), List.of(), Jdbc.instant(row, "created_at")), //$NON-NLS-1$
                userName);
        if (bare.isEmpty()) {
            return bare;
        }
        List<Long> domains = Jdbc.query(connection,
                "SELECT domain_id FROM account_domain WHERE user_name = ? ORDER BY domain_id", //$NON-NLS-1$
                row -> Long.valueOf(row.getLong(1)), userName);
        Account account = bare.get();
        return Optional.of(new Account(account.user(), account.role(), domains, account.createdAt()));
    }

    /**
     * @param connection
     *            an open connection
     * @return every account, by user name
     * @throws SQLException
     *             if the accounts cannot be read
     */
    public List<Account> list(Connection connection) throws SQLException {
        List<String> names = Jdbc.query(connection, "SELECT user_name FROM account ORDER BY user_name", //$NON-NLS-1$
                row -> row.getString(1));
        List<Account> accounts = new ArrayList<>(names.size());
        for (String name : names) {
            find(connection, name).ifPresent(accounts::add);
        }
        return accounts;
    }

    /**
     * Changes an account's role, domains and, if given, password.
     *
     * @param connection
     *            the transaction
     * @param userName
     *            the account
     * @param role
     *            its new role
     * @param password
     *            its new password, or {@code null} to keep it
     * @param domainIds
     *            its new domains
     * @throws SQLException
     *             if the account cannot be changed
     */
    public void update(Connection connection, String userName, Role role, char[] password, Set<Long> domainIds)
            throws SQLException {
        Jdbc.update(connection, "UPDATE account SET role = ? WHERE user_name = ?", role.storedName(), userName); //$NON-NLS-1$
        if (password != null) {
            PasswordHash hash = hasher.hash(password);
            Jdbc.update(connection,
                    "UPDATE account SET password_algorithm = ?, password_iterations = ?, password_salt = ?," //$NON-NLS-1$
                            + " password_hash = ? WHERE user_name = ?", //$NON-NLS-1$
                    hash.algorithm(), Integer.valueOf(hash.iterations()), hash.salt(), hash.hash(), userName);
            // A new password ends every session of the old one.
            Jdbc.update(connection, "DELETE FROM session WHERE user_name = ?", userName); //$NON-NLS-1$
        }
        setDomains(connection, userName, domainIds);
    }

    /**
     * Deletes an account and its sessions.
     *
     * @param connection
     *            the transaction
     * @param userName
     *            the account
     * @throws SQLException
     *             if the account cannot be deleted
     */
    public void delete(Connection connection, String userName) throws SQLException {
        Jdbc.update(connection, "DELETE FROM account_domain WHERE user_name = ?", userName); //$NON-NLS-1$
        Jdbc.update(connection, "DELETE FROM session WHERE user_name = ?", userName); //$NON-NLS-1$
        Jdbc.update(connection, "DELETE FROM account WHERE user_name = ?", userName); //$NON-NLS-1$
    }

    private static void setDomains(Connection connection, String userName, Set<Long> domainIds) throws SQLException {
        Jdbc.update(connection, "DELETE FROM account_domain WHERE user_name = ?", userName); //$NON-NLS-1$
        for (Long domainId : domainIds) {
            Jdbc.update(connection, "INSERT INTO account_domain (user_name, domain_id) VALUES (?, ?)", userName, //$NON-NLS-1$
                    domainId);
        }
    }
}
