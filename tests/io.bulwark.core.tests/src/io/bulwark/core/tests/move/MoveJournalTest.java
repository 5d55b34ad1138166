package io.bulwark.core.tests.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.core.move.JobLock;
import io.bulwark.core.move.JobLockedException;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.core.move.MoveJournal;
import io.bulwark.core.move.MovePhase;
import io.bulwark.core.move.MovePlan;
import io.bulwark.core.move.MovePlanFile;

/** The move journal and plan files on disk: atomic, locked per job across processes, refusing damaged files clearly. */
class MoveJournalTest {

    @Test
    void aJobIsRecordedAndReadBackWhole(@TempDir Path folder) throws Exception {
        MoveJournal journal = new MoveJournal(folder.resolve("moves"));
        MovePlan plan = Plans.sample();

        MoveJobRecord created = journal.create(plan);

        assertEquals(MovePhase.PLANNED, created.phase());
        assertEquals(List.of(plan.moveId()), journal.jobs());
        MoveJobRecord read = new MoveJournal(folder.resolve("moves")).read(plan.moveId());
        assertEquals(created, read);
        assertEquals(plan, read.plan());
        assertThrows(MoveException.class, () -> journal.create(plan), "a job is created once");
    }

    @Test
    void aDamagedEntryIsRefusedNamingItsFileAndATemporaryFileIsIgnored(@TempDir Path folder) throws Exception {
        MoveJournal journal = new MoveJournal(folder);
        MovePlan plan = Plans.sample();
        MoveJobRecord created = journal.create(plan);
        Path entry = folder.resolve(plan.moveId() + ".json");
        Files.writeString(folder.resolve(plan.moveId() + ".json.tmp"), "{\"format\":\"bulwark-move-jo");

        assertEquals(created, journal.read(plan.moveId()), "a write cut short leaves the previous entry");

        byte[] whole = Files.readAllBytes(entry);
        Files.write(entry, Arrays.copyOf(whole, whole.length / 2));
        MoveException refused = assertThrows(MoveException.class, () -> journal.read(plan.moveId()));
        assertTrue(refused.getMessage().contains(entry.toString()), refused.getMessage());

        Files.writeString(entry, "{\"format\":\"something-else\",\"version\":1,\"job\":null}");
        refused = assertThrows(MoveException.class, () -> journal.read(plan.moveId()));
        assertTrue(refused.getMessage().contains(entry.toString()), refused.getMessage());
    }

    @Test
    void aPlanIsSavedAndLoadedForReviewAndABadFileIsNamed(@TempDir Path folder) throws Exception {
        MovePlan plan = Plans.sample();
        Path file = folder.resolve("plan.json");

        MovePlanFile.save(plan, file);
        byte[] first = Files.readAllBytes(file);
        MovePlanFile.save(MovePlanFile.load(file), file);

        assertEquals(plan, MovePlanFile.load(file));
        assertEquals(new String(first, StandardCharsets.UTF_8), Files.readString(file), "the JSON is stable");
        Files.writeString(file, Files.readString(file).replace("\"moveId\"", "\"moveIdentifier\""));
        MoveException refused = assertThrows(MoveException.class, () -> MovePlanFile.load(file));
        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());
        Path missing = folder.resolve("missing.json");
        refused = assertThrows(MoveException.class, () -> MovePlanFile.load(missing));
        assertTrue(refused.getMessage().contains(missing.toString()), refused.getMessage());
    }

    @Test
    void aJobIsCarriedOnByOneRunAtATime(@TempDir Path folder) throws Exception {
        MoveJournal journal = new MoveJournal(folder);
        MovePlan plan = Plans.sample();
        journal.create(plan);

        try (JobLock lock = journal.lock(plan.moveId())) {
            assertTrue(lock.held());
            JobLockedException locked = assertThrows(JobLockedException.class, () -> journal.lock(plan.moveId()),
                    "a second run in this process");
            assertEquals(plan.moveId(), locked.moveId());
        }
        journal.lock(plan.moveId()).close();
    }

    @Test
    void aSecondRunInThisProcessBeingRefusedLeavesTheJobLockedForOtherProcesses(@TempDir Path folder)
            throws Exception {
        MoveJournal journal = new MoveJournal(folder);
        MovePlan plan = Plans.sample();
        journal.create(plan);

        try (JobLock lock = journal.lock(plan.moveId())) {
            assertThrows(JobLockedException.class, () -> journal.lock(plan.moveId()), "a second run in this process");

            // Closing a channel of the lock file, as refusing the second run did, released this process's lock.
            Process other = lockHolder(folder, folder.resolve(plan.moveId() + ".lock"));
            try (BufferedReader output = new BufferedReader(
                    new InputStreamReader(other.getInputStream(), StandardCharsets.UTF_8))) {
                assertEquals("busy", output.readLine(), "another process finds the job locked");
            } finally {
                other.destroyForcibly();
                assertTrue(other.waitFor(30, TimeUnit.SECONDS), "the other process ended");
            }
            assertTrue(lock.held());
        }
    }

    @Test
    void anotherProcessHoldingTheLockKeepsTheJobUntilItIsKilled(@TempDir Path folder) throws Exception {
        MoveJournal journal = new MoveJournal(folder);
        MovePlan plan = Plans.sample();
        journal.create(plan);
        Process process = lockHolder(folder, folder.resolve(plan.moveId() + ".lock"));
        try (BufferedReader output = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            assertEquals("locked", output.readLine());
            MoveException refused = assertThrows(JobLockedException.class, () -> journal.lock(plan.moveId()));
            assertTrue(refused.getMessage().contains(plan.moveId().toString()), refused.getMessage());
        } finally {
            process.destroyForcibly();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the lock holder ended");
        }
        journal.lock(plan.moveId()).close();
    }

    /**
     * @return a process that tries to lock the file, prints {@code locked} or {@code busy}, and holds what it got until
     *         killed
     */
    private static Process lockHolder(Path folder, Path lockFile) throws Exception {
        Path holder = folder.resolve("LockHolder.java");
        Files.writeString(holder, """
                import java.nio.channels.FileChannel;
                import java.nio.file.Path;
                import java.nio.file.StandardOpenOption;
                public class LockHolder {
                    public static void main(String[] args) throws Exception {
                        FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.CREATE,
                                StandardOpenOption.WRITE);
                        System.out.println(channel.tryLock() != null ? "locked" : "busy");
                        System.out.flush();
                        System.in.read(); // holds the lock until killed or its input closes
                    }
                }
                """);
        return new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                holder.toString(), lockFile.toString()).redirectErrorStream(true).start();
    }

    @Test
    void cancellingIsAskedThroughTheJournal(@TempDir Path folder) throws Exception {
        MoveJournal journal = new MoveJournal(folder);
        MovePlan plan = Plans.sample();
        journal.create(plan);
        assertFalse(journal.cancelRequested(plan.moveId()));
        journal.requestCancel(plan.moveId());
        assertTrue(journal.cancelRequested(plan.moveId()));
        assertThrows(MoveException.class, () -> journal.requestCancel(UUID.randomUUID()));
    }
}
