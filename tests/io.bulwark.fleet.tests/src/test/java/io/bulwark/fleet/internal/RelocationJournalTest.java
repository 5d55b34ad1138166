package io.bulwark.fleet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.move.BatchProof;
import io.bulwark.protocol.move.MoveReceipt;
import io.bulwark.protocol.move.MoveTarget;
import io.bulwark.protocol.move.Relocate;

/**
 * The relocation journal keeps each agent's latest step across a kill: the last line of an agent wins, a line cut short
 * at the end is ignored, a damaged line before it is an error, and a rewrite keeps exactly what still matters.
 */
class RelocationJournalTest {

    private static final String FINGERPRINT = String.join(":", java.util.Collections.nCopies(32, "AB"));

    @TempDir
    Path state;

    private final UUID first = UUID.randomUUID();
    private final UUID second = UUID.randomUUID();
    private final Relocate relocate = new Relocate(UUID.randomUUID(),
            new MoveTarget(UUID.randomUUID(), "127.0.0.1", 4444, FINGERPRINT), "ticket", Instant.now().plusSeconds(60));
    private final MoveReceipt receipt = new MoveReceipt(first, UUID.randomUUID(), relocate.target().serverId(),
            UUID.randomUUID(), Instant.now(), "Y2VydA==", "c2ln",
            new BatchProof(1, 2, List.of("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=")));
    private final HomeServer target = AgentRelocation.target(relocate, "2026-11-23T10:00:00Z");

    @Test
    void theLastLineOfAnAgentWins() throws Exception {
        try (RelocationJournal journal = RelocationJournal.open(state)) {
            PendingRelocation accepted = PendingRelocation.accepted(7, relocate);
            journal.append(List.of(new RelocationRecord(first, accepted, null),
                    new RelocationRecord(second, accepted, null)));
            journal.append(List.of(new RelocationRecord(first, accepted.withReceipt(receipt), null),
                    new RelocationRecord(second, null, target)));

            RelocationJournal.Contents contents = journal.read();

            assertEquals(Map.of(first, accepted.withReceipt(receipt)), contents.pending());
            assertEquals(Map.of(second, target), contents.homes());
            assertEquals(4, contents.lines());
        }
    }

    @Test
    void aLastLineCutShortIsIgnoredButADamagedLineBeforeItIsNot() throws Exception {
        try (RelocationJournal journal = RelocationJournal.open(state)) {
            journal.append(List.of(new RelocationRecord(first, PendingRelocation.accepted(7, relocate), null)));
        }
        Path file = state.resolve(RelocationJournal.FILE);
        Files.writeString(file, "{\"agentId\":\"" + second + "\",\"relocation\":{\"comm", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        try (RelocationJournal journal = RelocationJournal.open(state)) {
            assertEquals(Map.of(first, PendingRelocation.accepted(7, relocate)), journal.read().pending());
        }

        Files.writeString(file, "\n{\"agentId\":\"" + second + "\"}\n", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        try (RelocationJournal journal = RelocationJournal.open(state)) {
            IOException damaged = assertThrows(IOException.class, journal::read);
            assertTrue(damaged.getMessage().contains("damaged at line 2"), damaged.getMessage());
        }
    }

    @Test
    void aRewriteKeepsOnlyWhatItIsGivenAndAppendsGoOnAfterIt() throws Exception {
        try (RelocationJournal journal = RelocationJournal.open(state)) {
            journal.append(List.of(new RelocationRecord(first, PendingRelocation.accepted(7, relocate), null),
                    new RelocationRecord(second, null, target)));

            journal.rewrite(List.of(new RelocationRecord(first, PendingRelocation.accepted(7, relocate), null)));
            journal.append(List.of(new RelocationRecord(second, PendingRelocation.accepted(8, relocate), null)));

            RelocationJournal.Contents contents = journal.read();
            assertEquals(Map.of(first, PendingRelocation.accepted(7, relocate), second,
                    PendingRelocation.accepted(8, relocate)), contents.pending());
            assertTrue(contents.homes().isEmpty());
        }
    }
}
