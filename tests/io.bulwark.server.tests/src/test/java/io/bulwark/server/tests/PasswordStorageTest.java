package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.Base64;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The root password given on first start is stored only as a salted PBKDF2 hash, in either database.
 */
class PasswordStorageTest {

    private static final String PASSWORD = "correct horse battery staple";

    @TempDir
    Path dataFolder;

    @ParameterizedTest
    @EnumSource(Storage.class)
    void storesTheRootPasswordOnlyAsPbkdf2Hash(Storage storage) throws Exception {
        try (TestDatabase database = TestDatabase.create(storage)) {
            try (ServerProcess server = ServerProcess.start(dataFolder, database, "--root-password", PASSWORD)) {
                assertFalse(server.output().contains(PASSWORD), "the given password is never printed");
                assertEquals(143, server.stop(), "SIGTERM ends the server through its shutdown hook");
            }
            assertStoredAsPbkdf2Hash(database);
        }
    }

    private void assertStoredAsPbkdf2Hash(TestDatabase database) throws Exception {
        try (Connection db = database.connect(dataFolder);
                Statement query = db.createStatement();
                ResultSet row = query.executeQuery("SELECT * FROM account WHERE user_name = 'root'")) {
            assertTrue(row.next(), "the root account exists");
            ResultSetMetaData columns = row.getMetaData();
            for (int column = 1; column <= columns.getColumnCount(); column++) {
                String value = row.getString(column);
                assertFalse(value != null && value.contains(PASSWORD),
                        columns.getColumnName(column) + " holds the password");
            }
            assertEquals("root", row.getString("role"));
            assertEquals("PBKDF2WithHmacSHA256", row.getString("password_algorithm"));
            assertEquals(Integer.parseInt(ServerProcess.PASSWORD_HASH_ITERATIONS), row.getInt("password_iterations"),
                    "the iterations the server was told to use");
            byte[] salt = Base64.getDecoder().decode(row.getString("password_salt"));
            byte[] expected = Base64.getDecoder().decode(row.getString("password_hash"));
            assertTrue(salt.length >= 16, "salt of at least 16 bytes");
            PBEKeySpec spec = new PBEKeySpec(PASSWORD.toCharArray(), salt, row.getInt("password_iterations"),
                    expected.length * 8);
            byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            assertEquals(Base64.getEncoder().encodeToString(expected), Base64.getEncoder().encodeToString(derived),
                    "the stored hash is PBKDF2 of the password with the stored salt and iterations");
        }
    }
}
