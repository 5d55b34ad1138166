package io.bulwark.fleet.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.WireJson;

/**
 * The relocation journal in the state folder ({@code relocations.ndjson}): one {@link RelocationRecord} per line,
 * appended and synced to disk before an agent takes the step it records, so a fleet killed at any moment resumes each
 * relocation at the step it was at. It is rewritten atomically from time to time to keep only what still matters.
 * <p>
 * A last line cut short (the fleet died while writing it) is ignored: its step was never acted on. A damaged line
 * before the last is reported, never skipped.
 */
final class RelocationJournal implements AutoCloseable {

    /** The journal's file name in the state folder. */
    static final String FILE = "relocations.ndjson"; //$NON-NLS-1$

    private static final byte NEWLINE = '\n';

    private final Path file;
    private final WireJson json = WireJson.create(WireJson.UnknownMembers.REJECT);
    private FileChannel channel;

    /**
     * What the journal holds.
     *
     * @param pending
     *            every agent's pending relocation
     * @param homes
     *            every agent's latest home from the journal
     * @param lines
     *            how many lines it has
     */
    record Contents(Map<UUID, PendingRelocation> pending, Map<UUID, HomeServer> homes, int lines) {

        /** @return an empty journal's contents */
        static Contents empty() {
            return new Contents(new HashMap<>(), new HashMap<>(), 0);
        }

        /**
         * @param line
         *            a line, in order
         */
        void apply(RelocationRecord line) {
            if (line.home() != null) {
                homes.put(line.agentId(), line.home());
            }
            if (line.relocation() != null) {
                pending.put(line.agentId(), line.relocation());
            } else {
                pending.remove(line.agentId());
            }
        }
    }

    private RelocationJournal(Path file) {
        this.file = file;
    }

    /**
     * @param folder
     *            the state folder
     * @return the journal there, read and open for appending
     * @throws IOException
     *             if it cannot be read or is damaged
     */
    static RelocationJournal open(Path folder) throws IOException {
        RelocationJournal journal = new RelocationJournal(folder.resolve(FILE));
        journal.channel = FileChannel.open(journal.file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        return journal;
    }

    /** @return the journal's file */
    Path file() {
        return file;
    }

    /**
     * @return every line folded, in order
     * @throws IOException
     *             if the file cannot be read, or a line other than the last is damaged
     */
    Contents read() throws IOException {
        Contents contents = Contents.empty();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        int count = 0;
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            if (line.isBlank()) {
                continue;
            }
            try {
                contents.apply(json.read(line.getBytes(StandardCharsets.UTF_8), RelocationRecord.class));
                count++;
            } catch (WireFormatException | NullPointerException e) {
                if (index < lines.size() - 1) {
                    throw new IOException("The relocation journal " + file + " is damaged at line " + (index + 1) //$NON-NLS-1$ //$NON-NLS-2$
                            + ": " + e.getMessage() + "; restore it or use a new --state folder", e); //$NON-NLS-1$ //$NON-NLS-2$
                }
            }
        }
        return new Contents(contents.pending(), contents.homes(), count);
    }

    /**
     * Appends lines and syncs them to disk.
     *
     * @param lines
     *            the lines, in order
     * @throws IOException
     *             if they cannot be written
     */
    void append(Collection<RelocationRecord> lines) throws IOException {
        if (lines.isEmpty()) {
            return;
        }
        write(channel, encode(lines));
        channel.force(false);
    }

    /**
     * Replaces the journal atomically with the given lines: a temporary file, synced, then renamed over it.
     *
     * @param lines
     *            everything that still matters
     * @throws IOException
     *             if it cannot be written; the journal is then unchanged
     */
    void rewrite(Collection<RelocationRecord> lines) throws IOException {
        Path temporary = Files.createTempFile(file.getParent(), "." + FILE, ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$
        try {
            try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                write(out, encode(lines));
                out.force(true);
            }
            channel.close();
            Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temporary);
            if (!channel.isOpen()) {
                channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                        StandardOpenOption.APPEND);
            }
        }
    }

    private byte[] encode(Collection<RelocationRecord> lines) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (RelocationRecord line : lines) {
            bytes.writeBytes(json.write(line));
            bytes.write(NEWLINE);
        }
        return bytes.toByteArray();
    }

    private static void write(FileChannel out, byte[] content) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
            out.write(buffer);
        }
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
