package io.bulwark.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.function.Executable;

import io.bulwark.core.ServerRegistryException;
import io.bulwark.core.internal.LiveServerRegistry;
import io.bulwark.core.internal.MasterPasswordSource;
import io.bulwark.core.internal.RegistryStore;
import io.bulwark.core.internal.SecureServerCredentials;

/**
 * The files of one console in a folder of their own (registry, secure storage, master password file), and services
 * opened on them as a console start would open them.
 * <p>
 * Equinox keeps an opened secure storage, and the master password it was unlocked with, in memory for the life of the
 * JVM, keyed by the file's location. A test that restarts the console with {@link #copyTo(Path)} therefore works on a
 * copy of the files in a new folder: the restarted services can only know what is on disk.
 */
final class ConsoleState {

    static final String MASTER_PASSWORD = "correct horse battery staple";

    final Path folder;
    final Path registryFile;
    final Path storageFile;
    final Path passwordFile;

    ConsoleState(Path folder) {
        this.folder = folder;
        this.registryFile = folder.resolve("servers.xmi");
        this.storageFile = folder.resolve("secure_storage");
        this.passwordFile = folder.resolve("master-password");
    }

    /** A console folder whose password file holds {@link #MASTER_PASSWORD}. */
    static ConsoleState withPasswordFile(Path folder) throws IOException {
        Files.createDirectories(folder);
        ConsoleState state = new ConsoleState(folder);
        state.writePassword(MASTER_PASSWORD + "\n");
        return state;
    }

    void writePassword(String content) throws IOException {
        Files.writeString(passwordFile, content, StandardCharsets.UTF_8);
    }

    SecureServerCredentials credentials() {
        return new SecureServerCredentials(storageFile, new MasterPasswordSource(passwordFile, () -> null));
    }

    LiveServerRegistry registry() {
        return new LiveServerRegistry(new RegistryStore(registryFile), credentials());
    }

    /** Copies every file of this console into another folder, as a restarted console would find them. */
    ConsoleState copyTo(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(Files::isRegularFile).forEach(file -> {
                try {
                    Files.copy(file, target.resolve(file.getFileName()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        return new ConsoleState(target);
    }

    String registryText() throws IOException {
        return Files.readString(registryFile, StandardCharsets.UTF_8);
    }

    /**
     * Asserts that a change is refused with a message containing every fragment, and that neither the model nor the
     * saved file changed.
     */
    static ServerRegistryException assertRefused(LiveServerRegistry registry, Path file, Executable change,
            String... fragments) throws IOException {
        byte[] fileBefore = Files.exists(file) ? Files.readAllBytes(file) : new byte[0];
        EObject modelBefore = EcoreUtil.copy(registry.getRegistry());
        ServerRegistryException refusal = assertThrows(ServerRegistryException.class, change);
        for (String fragment : fragments) {
            assertTrue(refusal.getMessage().contains(fragment), () -> "'" + fragment + "' in: " + refusal.getMessage());
        }
        assertTrue(EcoreUtil.equals(modelBefore, registry.getRegistry()), "the model is unchanged");
        assertArrayEquals(fileBefore, Files.exists(file) ? Files.readAllBytes(file) : new byte[0],
                "the saved file is unchanged");
        assertEquals(false, refusal.getMessage().isBlank());
        return refusal;
    }
}
