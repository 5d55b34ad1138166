package io.bulwark.server.internal.accounts;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.bulwark.server.internal.storage.Database;
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
        PasswordHash hash = hasher.hash(password);
        try (Connection connection = database.connection();
                PreparedStatement insert = connection.prepareStatement(
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
        } catch (SQLException e) {
            throw new StorageException("Cannot create the account " + userName + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
