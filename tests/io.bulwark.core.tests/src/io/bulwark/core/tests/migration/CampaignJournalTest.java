package io.bulwark.core.tests.migration;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.core.internal.move.MoveSteps;
import io.bulwark.core.migration.Campaign;
import io.bulwark.core.migration.CampaignJournal;
import io.bulwark.core.migration.CampaignLock;
import io.bulwark.core.migration.CampaignRules;
import io.bulwark.core.migration.CampaignRunner;
import io.bulwark.core.migration.Grouping;
import io.bulwark.core.migration.MigrationRefusedException;
import io.bulwark.core.migration.PilotChoice;
import io.bulwark.core.migration.Wave;
import io.bulwark.core.migration.WaveAgent;
import io.bulwark.core.migration.WaveSplitter;
import io.bulwark.core.migration.WaveState;
import io.bulwark.core.migration.WaveStatus;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.core.move.MoveJournal;
import io.bulwark.core.move.MovePhase;
import io.bulwark.core.move.MovePlan;
import io.bulwark.core.move.MoveServer;
import io.bulwark.core.tests.move.Plans;
import io.bulwark.protocol.move.MoveItemProgress;

/**
 * Campaigns on disk beside the move journal, and the rules a campaign is carried on by that need no server: where each
 * wave stands from its move job, and confirming only a finished wave, in order. A refusal leaves the file as it was.
 */
class CampaignJournalTest {

    private static Campaign campaign(int agents) throws MigrationRefusedException {
        List<WaveAgent> members = new ArrayList<>();
        for (int i = 0; i < agents; i++) {
            members.add(new WaveAgent(UUID.randomUUID(), "host-" + i, "10.1." + i / 2 + "." + i, "online", ""));
        }
        CampaignRules rules = CampaignRules.of(PilotChoice.parse("1"), 2, Grouping.SUBNET, List.of());
        return new Campaign(UUID.randomUUID(), Instant.now().truncatedTo(ChronoUnit.MILLIS), "agents.txt sha256:00",
                new MoveServer("https://127.0.0.1:4343", "source", UUID.randomUUID(), "AB:CD", 4343),
                new MoveServer("https://127.0.0.1:4344", "target", UUID.randomUUID(), "EF:01", 4344), "Arrivals", 14,
                "wait", false, rules, WaveSplitter.split(members, rules));
    }

    /** Records a move job for a wave, as starting it would, in the given phase. */
    private static UUID job(MoveJournal moves, MovePhase phase) throws MoveException {
        MovePlan plan = Plans.sample();
        moves.create(plan);
        List<MoveItemProgress> items = plan.namedAgents().stream().map(agent -> new MoveItemProgress(agent,
                phase == MovePhase.FINISHED ? MoveItemProgress.ARRIVED : MoveItemProgress.MOVING, null, Instant.now()))
                .toList();
        moves.write(new MoveJobRecord(plan, phase, UUID.randomUUID(), false, Instant.now(), null,
                MoveSteps.counts(items), items));
        return plan.moveId();
    }

    @Test
    void aCampaignIsRecordedBesideTheMoveJournalAndReadBackWhole(@TempDir Path folder) throws Exception {
        MoveJournal moves = new MoveJournal(folder.resolve("moves"));
        CampaignJournal campaigns = new CampaignJournal(moves);
        Campaign campaign = campaign(5);

        campaigns.create(campaign);

        Path file = folder.resolve("moves").resolve("campaigns").resolve(campaign.campaignId() + ".json");
        assertEquals(file, campaigns.file(campaign.campaignId()));
        assertTrue(Files.isRegularFile(file));
        assertEquals(campaign, new CampaignJournal(new MoveJournal(folder.resolve("moves"))).read(
                campaign.campaignId()));
        assertEquals(List.of(campaign.campaignId()), campaigns.campaigns());
        assertEquals(List.of(), moves.jobs(), "a campaign is not a move job");
        assertThrows(MoveException.class, () -> campaigns.create(campaign), "recorded once");
        List<String> groups = campaign.waves().stream().map(Wave::group).toList();
        assertEquals(List.of("", "10.1.0.0/24", "10.1.1.0/24", "10.1.2.0/24"), groups,
                "the pilot, then a subnet of two agents each, less the one in the pilot");
        assertEquals(5, campaign.agentCount());
    }

    @Test
    void aDamagedOrInconsistentCampaignIsRefusedNamingItsFile(@TempDir Path folder) throws Exception {
        CampaignJournal campaigns = new CampaignJournal(new MoveJournal(folder));
        Campaign campaign = campaign(4);
        campaigns.create(campaign);
        Path file = campaigns.file(campaign.campaignId());

        byte[] whole = Files.readAllBytes(file);
        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        MoveException cut = assertThrows(MoveException.class, () -> campaigns.read(campaign.campaignId()));
        assertTrue(cut.getMessage().contains(file.toString()), cut.getMessage());

        Wave pilot = campaign.waves().get(0);
        Wave first = campaign.waves().get(1);
        Campaign twice = campaign.with(new Wave(first.number(), false, first.grouping(), first.group(), 1, 1,
                List.of(first.agents().get(0), pilot.agents().get(0)), null, null, null, null, null));
        MoveException refused = assertThrows(MoveException.class, () -> campaigns.create(twice));
        assertTrue(refused.getMessage().contains("more than one wave"), refused.getMessage());
        Campaign early = campaign.with(campaign.waves().get(2).started(UUID.randomUUID(), null, Instant.now()));
        campaigns.write(early);
        MoveException order = assertThrows(MoveException.class, () -> campaigns.read(campaign.campaignId()));
        assertTrue(order.getMessage().contains("before the waves ahead of it were confirmed"), order.getMessage());
        assertThrows(MoveException.class, () -> campaigns.read(UUID.randomUUID()), "no such campaign");
    }

    @Test
    void aWaveIsConfirmedOnlyOnceItsMoveFinishedAndOnlyInOrder(@TempDir Path folder) throws Exception {
        MoveJournal moves = new MoveJournal(folder);
        CampaignJournal campaigns = new CampaignJournal(moves);
        CampaignRunner runner = new CampaignRunner(campaigns);
        Campaign campaign = campaign(5);
        UUID running = job(moves, MovePhase.STARTED);
        Campaign started = campaign.with(campaign.wave(0).started(running, null, Instant.now()));
        campaigns.create(started);
        UUID id = campaign.campaignId();
        byte[] before = Files.readAllBytes(campaigns.file(id));

        assertEquals(List.of(WaveState.RUNNING, WaveState.PENDING, WaveState.PENDING, WaveState.PENDING),
                runner.status(started).stream().map(WaveStatus::state).toList());
        assertRefused("Wave 0 is still running (started, 2 moving)", () -> runner.confirm(id, 0, "alice"));
        assertRefused("wave 0 comes first", () -> runner.confirm(id, 1, "alice"));
        assertRefused("There is no wave 4 in the campaign " + id + "; its waves are numbered 0-3",
                () -> runner.confirm(id, 4, "alice"));
        assertArrayEquals(before, Files.readAllBytes(campaigns.file(id)), "refusals change nothing");

        List<MoveItemProgress> arrived = moves.read(running).items().stream()
                .map(item -> new MoveItemProgress(item.agentId(), MoveItemProgress.ARRIVED, null, Instant.now()))
                .toList();
        moves.write(new MoveJobRecord(moves.read(running).plan(), MovePhase.FINISHED, null, false, Instant.now(),
                null, MoveSteps.counts(arrived), arrived));
        WaveStatus finished = runner.status(campaigns.read(id)).get(0);
        assertEquals(WaveState.FINISHED, finished.state());
        assertEquals(2, finished.arrived());

        Campaign confirmed = runner.confirm(id, 0, "alice");

        assertEquals("alice", confirmed.wave(0).confirmedBy());
        assertEquals(confirmed, campaigns.read(id));
        assertEquals(1, confirmed.current().number());
        assertEquals(confirmed, runner.confirm(id, 0, "bob"), "confirming again changes nothing");
        assertRefused("Wave 1 has not started yet", () -> runner.confirm(id, 1, "alice"));
        assertFalse(confirmed.complete());
    }

    @Test
    void theNextWaveIsRefusedWithTheReasonUntilTheOneBeforeFinishedAndWasConfirmed(@TempDir Path folder)
            throws Exception {
        MoveJournal moves = new MoveJournal(folder);
        CampaignJournal campaigns = new CampaignJournal(moves);
        CampaignRunner runner = new CampaignRunner(campaigns);
        Campaign campaign = campaign(3);
        campaigns.create(campaign);
        UUID id = campaign.campaignId();
        assertNull(runner.nextRefusal(campaign), "the pilot may start");

        UUID running = job(moves, MovePhase.STARTED);
        Campaign started = campaign.with(campaign.wave(0).started(running, null, Instant.now()));
        campaigns.write(started);
        String whileRunning = runner.nextRefusal(started);
        assertTrue(whileRunning.contains("Wave 0 is still running (started, 2 moving)"), whileRunning);
        assertTrue(whileRunning.contains("Wave 1 starts only after"), whileRunning);

        List<MoveItemProgress> arrived = moves.read(running).items().stream()
                .map(item -> new MoveItemProgress(item.agentId(), MoveItemProgress.ARRIVED, null, Instant.now()))
                .toList();
        moves.write(new MoveJobRecord(moves.read(running).plan(), MovePhase.FINISHED, null, false, Instant.now(),
                null, MoveSteps.counts(arrived), arrived));
        String unconfirmed = runner.nextRefusal(campaigns.read(id));
        assertTrue(unconfirmed.contains("waits for your confirmation"), unconfirmed);

        Campaign confirmed = runner.confirm(id, 0, "alice");
        assertNull(runner.nextRefusal(confirmed), "wave 1 may start once the pilot was confirmed");

        Campaign done = confirmed;
        for (Wave wave : confirmed.waves()) {
            done = done.with(wave.started(null, "nothing to move", Instant.now()).confirmed(Instant.now(), "alice"));
        }
        assertTrue(runner.nextRefusal(done).contains("is complete"), runner.nextRefusal(done));
    }

    @Test
    void aWaveWhoseJobWasNeverRecordedIsPendingAgain(@TempDir Path folder) throws Exception {
        CampaignJournal campaigns = new CampaignJournal(new MoveJournal(folder));
        Campaign campaign = campaign(3);
        Campaign started = campaign.with(campaign.wave(0).started(UUID.randomUUID(), null, Instant.now()));
        campaigns.create(started);

        WaveStatus status = new CampaignRunner(campaigns).status(started).get(0);

        assertEquals(WaveState.PENDING, status.state(), "killed between recording the wave and its job");
        assertNull(status.job());
        assertRefused("has not started yet",
                () -> new CampaignRunner(campaigns).confirm(campaign.campaignId(), 0, "alice"));
    }

    @Test
    void aCampaignIsChangedByOneRunAtATime(@TempDir Path folder) throws Exception {
        CampaignJournal campaigns = new CampaignJournal(new MoveJournal(folder));
        Campaign campaign = campaign(3);
        campaigns.create(campaign);

        try (CampaignLock lock = campaigns.lock(campaign.campaignId())) {
            MoveException locked = assertThrows(MoveException.class,
                    () -> new CampaignRunner(campaigns).confirm(campaign.campaignId(), 0, "alice"));
            assertTrue(locked.getMessage().contains("another run"), locked.getMessage());
        }
        assertRefused("has not started yet",
                () -> new CampaignRunner(campaigns).confirm(campaign.campaignId(), 0, "alice"));
    }

    private interface Step {
        void run() throws Exception;
    }

    private static void assertRefused(String expected, Step step) {
        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class, step::run);
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }
}
