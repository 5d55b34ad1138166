package io.bulwark.fleet.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.WireJson;

/**
 * The fleet's state folder: the pinned certificate of the server the fleet starts with ({@code server-pin.json}), the
 * agents with their home servers ({@code agents.json}) and the journal of relocations under way
 * ({@code relocations.ndjson}, see {@link RelocationJournal}). Files are replaced atomically (temporary file, then
 * rename), so a fleet killed while saving keeps the previous state; a damaged file is reported, never silently
 * replaced.
 */
public final class FleetState {

    private static final String PIN_FILE = "server-pin.json"; //$NON-NLS-1$
    private static final String AGENTS_FILE = "agents.json"; //$NON-NLS-1$

    private final Path folder;
    private final WireJson json = WireJson.create(WireJson.UnknownMembers.REJECT);

    private FleetState(Path folder) {
        this.folder = folder;
    }

    /**
     * @param folder
     *            the state folder, created if absent
     * @return the state
     * @throws IOException
     *             if the folder cannot be created
     */
    public static FleetState open(Path folder) throws IOException {
        return new FleetState(Files.createDirectories(folder.toAbsolutePath().normalize()));
    }

    /** @return the absolute state folder */
    public Path folder() {
        return folder;
    }

    /** @return the file the pin is kept in */
    public Path pinFile() {
        return folder.resolve(PIN_FILE);
    }

    /**
     * @return the pinned server certificate, if any
     * @throws IOException
     *             if the pin file exists but cannot be read or is damaged
     */
    public Optional<ServerPin> pin() throws IOException {
        return read(PIN_FILE, ServerPin.class);
    }

    /**
     * @param pin
     *            the server certificate to trust from now on
     * @throws IOException
     *             if it cannot be saved
     */
    public void savePin(ServerPin pin) throws IOException {
        write(PIN_FILE, json.write(pin));
    }

    /**
     * @return the agents created so far, if any
     * @throws IOException
     *             if the agents file exists but cannot be read or is damaged
     */
    public Optional<AgentRoster> roster() throws IOException {
        Optional<AgentRoster> roster = read(AGENTS_FILE, AgentRoster.class);
        if (roster.isPresent() && roster.get().format() != null
                && roster.get().format().intValue() > AgentRoster.FORMAT) {
            throw new IOException("The state file " + folder.resolve(AGENTS_FILE) + " has format " //$NON-NLS-1$ //$NON-NLS-2$
                    + roster.get().format() + ", written by a newer fleet; this one reads format " //$NON-NLS-1$
                    + AgentRoster.FORMAT + " and older"); //$NON-NLS-1$
        }
        return roster;
    }

    /**
     * @param roster
     *            the agents to keep
     * @throws IOException
     *             if they cannot be saved
     */
    public void saveRoster(AgentRoster roster) throws IOException {
        write(AGENTS_FILE, json.write(roster));
    }

    private <T> Optional<T> read(String name, Class<T> type) throws IOException {
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.read(Files.readAllBytes(file), type));
        } catch (WireFormatException e) {
            throw new IOException("The state file " + file + " is damaged: " + e.getMessage() //$NON-NLS-1$ //$NON-NLS-2$
                    + "; restore it or use a new --state folder", e); //$NON-NLS-1$
        }
    }

    private void write(String name, byte[] content) throws IOException {
        Path target = folder.resolve(name);
        Path temporary = Files.createTempFile(folder, "." + name, ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
