package io.bulwark.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.core.CredentialsException;
import io.bulwark.core.ServerDetails;
import io.bulwark.core.internal.SecureServerCredentials;
import io.bulwark.core.internal.StartupPasswordFile;
import io.bulwark.model.ManagementServer;

/** The start-up password file stores a password for start-up servers that have none, and never replaces one. */
class StartupPasswordFileTest {

    private static final String STARTUP_PASSWORD = "from-the-start-up-file";

    @TempDir
    Path folder;

    private SecureServerCredentials credentials;
    private ManagementServer server;
    private Path file;

    @BeforeEach
    void open() throws Exception {
        ConsoleState state = ConsoleState.withPasswordFile(folder.resolve("console"));
        credentials = state.credentials();
        server = state.registry().addServer(new ServerDetails("Head office", "10.0.0.1", 4343, true, "root"), null);
        file = folder.resolve("startup-password");
    }

    @Test
    void storesTheFilesPasswordForAServerWithoutOne() throws Exception {
        Files.writeString(file, STARTUP_PASSWORD + "\nsecond line is ignored\n", StandardCharsets.UTF_8);

        char[] password = new StartupPasswordFile(file).passwordFor(server, credentials);

        assertArrayEquals(STARTUP_PASSWORD.toCharArray(), password);
        assertArrayEquals(STARTUP_PASSWORD.toCharArray(), credentials.password(server), "stored in secure storage");
    }

    @Test
    void neverReplacesAStoredPassword() throws Exception {
        credentials.storePassword(server, "typed-by-the-administrator".toCharArray());
        Files.writeString(file, STARTUP_PASSWORD, StandardCharsets.UTF_8);

        char[] password = new StartupPasswordFile(file).passwordFor(server, credentials);

        assertArrayEquals("typed-by-the-administrator".toCharArray(), password);
        assertArrayEquals("typed-by-the-administrator".toCharArray(), credentials.password(server));
    }

    @Test
    void withoutAFileAServerWithoutAPasswordHasNone() throws Exception {
        assertNull(new StartupPasswordFile(null).passwordFor(server, credentials));
        assertFalse(credentials.hasPassword(server));
    }

    @Test
    void aMissingFileIsAClearErrorAndStoresNothing() throws Exception {
        CredentialsException error = assertThrows(CredentialsException.class,
                () -> new StartupPasswordFile(file).passwordFor(server, credentials));
        assertTrue(error.getMessage().contains(file.toString()), error.getMessage());
        assertTrue(error.getMessage().contains("does not exist"), error.getMessage());
        assertFalse(credentials.hasPassword(server), "nothing is stored");
    }

    @Test
    void anEmptyFileIsAClearErrorAndStoresNothing() throws Exception {
        Files.writeString(file, "  \nsecret on the second line", StandardCharsets.UTF_8);
        CredentialsException error = assertThrows(CredentialsException.class,
                () -> new StartupPasswordFile(file).passwordFor(server, credentials));
        assertTrue(error.getMessage().contains("is empty"), error.getMessage());
        assertFalse(credentials.hasPassword(server), "nothing is stored");
    }
}
