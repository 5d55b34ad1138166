package io.bulwark.core.tests.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.core.internal.cli.MoveApplication;
import io.bulwark.core.move.MovePlan;
import io.bulwark.core.move.MovePlanFile;

/** {@code bulwark move --show-plan FILE}: a saved plan is printed for review, without asking any server. */
class MovePlanReviewTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return new MoveApplication(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    @Test
    void aSavedPlanIsPrintedAsItWasMade(@TempDir Path folder) throws Exception {
        MovePlan plan = Plans.sample();
        Path file = folder.resolve("plan.json");
        MovePlanFile.save(plan, file);

        assertEquals(0, run("--show-plan", file.toString()), err.toString(StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains(file.toString()), printed);
        assertTrue(printed.contains(plan.moveId().toString()), printed);
        assertTrue(printed.contains(plan.source().url()) && printed.contains(plan.target().url()), printed);
        assertTrue(printed.contains(plan.agents().get(1).id().toString()), "the waiting agent is listed: " + printed);
        assertTrue(printed.contains("standard") && printed.contains("smart"), "the settings that differ: " + printed);
    }

    @Test
    void aDamagedPlanIsRefusedNamingItsFile(@TempDir Path folder) throws Exception {
        Path damaged = folder.resolve("damaged.json");
        Files.writeString(damaged, "{\"format\":\"bulwark-move-pl");

        assertEquals(2, run("--show-plan", damaged.toString()));

        assertTrue(err.toString(StandardCharsets.UTF_8).contains(damaged.toString()), err.toString());
        assertEquals("", out.toString(StandardCharsets.UTF_8), "nothing is printed as a plan");
    }

    @Test
    void anOptionOfAMoveIsRefusedWithAPlanToShow(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("plan.json");
        MovePlanFile.save(Plans.sample(), file);

        assertEquals(2, run("--show-plan", file.toString(), "--to-domain", "Lab"));

        String refused = err.toString(StandardCharsets.UTF_8);
        assertTrue(refused.contains("--to-domain does not apply with --show-plan"), refused);
        assertEquals("", out.toString(StandardCharsets.UTF_8), "the plan is not shown");
    }
}
