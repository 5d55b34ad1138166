package io.bulwark.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.core.CredentialsException;
import io.bulwark.core.MasterPasswordPrompt;
import io.bulwark.core.ServerCredentials;
import io.bulwark.core.ServerDetails;
import io.bulwark.core.internal.LiveServerRegistry;
import io.bulwark.core.internal.MasterPasswordSource;
import io.bulwark.core.internal.SecureServerCredentials;
import io.bulwark.model.ManagementServer;

class ServerCredentialsTest {

    private static final String SERVER_PASSWORD = "S3rver-pässword";

    @TempDir
    Path folder;

    private ConsoleState state;
    private LiveServerRegistry registry;
    private ManagementServer server;

    @BeforeEach
    void open() throws Exception {
        state = ConsoleState.withPasswordFile(folder.resolve("console"));
        registry = state.registry();
        server = registry.addServer(new ServerDetails("Head office", "10.0.0.1", 4343, true, "admin"), null);
    }

    @Test
    void aStoredPasswordIsReadBackAfterARestart() throws Exception {
        state.credentials().storePassword(server, SERVER_PASSWORD.toCharArray());

        ConsoleState restarted = state.copyTo(folder.resolve("restarted"));
        LiveServerRegistry registryAfter = restarted.registry();
        ManagementServer serverAfter = registryAfter.findServerById(server.getId());
        ServerCredentials credentialsAfter = restarted.credentials();

        assertTrue(credentialsAfter.hasPassword(serverAfter));
        assertArrayEquals(SERVER_PASSWORD.toCharArray(), credentialsAfter.password(serverAfter));
        assertEquals("admin", serverAfter.getUser(), "the user name is in the model");
    }

    @Test
    void thePasswordIsNeverInTheRegistryFileTheExportOrTheStorageInClear() throws Exception {
        state.credentials().storePassword(server, SERVER_PASSWORD.toCharArray());
        Path export = folder.resolve("servers.json");
        registry.exportServers(export);

        assertFalse(state.registryText().contains(SERVER_PASSWORD));
        assertFalse(Files.readString(export).contains(SERVER_PASSWORD));
        assertFalse(Files.readString(export).toLowerCase().contains("password"));
        byte[] storage = Files.readAllBytes(state.storageFile);
        assertFalse(new String(storage, StandardCharsets.ISO_8859_1).contains(SERVER_PASSWORD.substring(0, 5)));
        assertTrue(new String(storage, StandardCharsets.ISO_8859_1).contains(server.getId()),
                "one node per server id");
    }

    @Test
    void aServerWithoutAStoredPasswordHasNone() throws Exception {
        assertFalse(state.credentials().hasPassword(server));
        assertNull(state.credentials().password(server));
    }

    @Test
    void removingAServerForgetsItsPassword() throws Exception {
        SecureServerCredentials credentials = state.credentials();
        LiveServerRegistry withCredentials = new LiveServerRegistry(
                new io.bulwark.core.internal.RegistryStore(state.registryFile), credentials);
        ManagementServer known = withCredentials.findServerById(server.getId());
        credentials.storePassword(known, SERVER_PASSWORD.toCharArray());

        withCredentials.removeServer(known);

        assertFalse(credentials.hasPassword(known));
        ConsoleState restarted = state.copyTo(folder.resolve("restarted"));
        assertFalse(restarted.credentials().hasPassword(known), "the removal reached the storage file");
    }

    @Test
    void anotherMasterPasswordIsAClearError() throws Exception {
        state.credentials().storePassword(server, SERVER_PASSWORD.toCharArray());
        ConsoleState restarted = state.copyTo(folder.resolve("restarted"));
        restarted.writePassword("not the master password");

        CredentialsException error = assertThrows(CredentialsException.class,
                () -> restarted.credentials().password(server));
        assertTrue(error.getMessage().contains("another master password"), error.getMessage());
        assertTrue(error.getMessage().contains(restarted.passwordFile.toString()), error.getMessage());
        assertTrue(error.getMessage().contains(restarted.storageFile.toString()), error.getMessage());
    }

    @Test
    void aMissingEmptyOrUnreadablePasswordFileIsAClearError() throws Exception {
        Files.delete(state.passwordFile);
        assertCredentialsError(state.credentials(), "does not exist", state.passwordFile.toString());

        state.writePassword("\n");
        assertCredentialsError(state.credentials(), "is empty", state.passwordFile.toString());

        Files.delete(state.passwordFile);
        Files.createDirectory(state.passwordFile);
        assertCredentialsError(state.credentials(), "cannot be read", state.passwordFile.toString());
        assertFalse(Files.exists(state.storageFile), "nothing was stored");
    }

    @Test
    void withoutPasswordFileOrPromptTheErrorSaysHowToProvideOne() {
        SecureServerCredentials credentials = new SecureServerCredentials(state.storageFile,
                new MasterPasswordSource(null, () -> null));
        assertCredentialsError(credentials, ServerCredentials.MASTER_PASSWORD_FILE_PROPERTY,
                ServerCredentials.MASTER_PASSWORD_FILE_VARIABLE);
    }

    @Test
    void thePromptChoosesTheMasterPasswordOnceAndIsAskedForItAfterARestart() throws Exception {
        List<Boolean> asked = new ArrayList<>();
        MasterPasswordPrompt prompt = creating -> {
            asked.add(creating);
            return "typed at the console".toCharArray();
        };
        new SecureServerCredentials(state.storageFile, new MasterPasswordSource(null, () -> prompt))
                .storePassword(server, SERVER_PASSWORD.toCharArray());
        assertEquals(List.of(true), asked, "a new storage asks to choose the password");

        ConsoleState restarted = state.copyTo(folder.resolve("restarted"));
        char[] read = new SecureServerCredentials(restarted.storageFile, new MasterPasswordSource(null, () -> prompt))
                .password(server);
        assertArrayEquals(SERVER_PASSWORD.toCharArray(), read);
        assertEquals(List.of(true, false), asked, "a restarted console asks for the existing password");

        MasterPasswordPrompt cancelled = creating -> null;
        ConsoleState again = state.copyTo(folder.resolve("cancelled"));
        assertCredentialsError(
                new SecureServerCredentials(again.storageFile, new MasterPasswordSource(null, () -> cancelled)),
                "No master password was entered");
        assertFalse(Files.readString(again.storageFile, StandardCharsets.ISO_8859_1).contains("S3rver"),
                "a password that could not be encrypted is never written");
    }

    private void assertCredentialsError(ServerCredentials credentials, String... fragments) {
        CredentialsException error = assertThrows(CredentialsException.class,
                () -> credentials.storePassword(server, SERVER_PASSWORD.toCharArray()));
        for (String fragment : fragments) {
            assertTrue(error.getMessage().contains(fragment), error.getMessage());
        }
    }
}
