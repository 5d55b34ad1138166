package io.bulwark.core.tests.move;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bulwark.core.move.MovePlan;
import io.bulwark.core.move.MoveServer;
import io.bulwark.core.move.PlannedAgent;
import io.bulwark.core.move.PlannedAgent.Disposition;
import io.bulwark.core.move.SettingsDifference;
import io.bulwark.core.move.TargetLoad;
import io.bulwark.core.move.TargetReadiness;

/** Plans made up for tests that need no server: journal and plan file tests. */
public final class Plans {

    private Plans() {
    }

    public static MovePlan sample() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<PlannedAgent> agents = List.of(
                new PlannedAgent(UUID.randomUUID(), "host-1", "10.0.0.1", "online", "", Disposition.MOVE_NOW),
                new PlannedAgent(UUID.randomUUID(), "host-2", "10.0.0.2", "offline", "Branch/Lab", Disposition.WAIT),
                new PlannedAgent(UUID.randomUUID(), null, null, null, "", Disposition.NOT_FOUND));
        return new MovePlan(UUID.randomUUID(), now,
                new MoveServer("https://127.0.0.1:4343", "source", UUID.randomUUID(), "AB:CD", 4343),
                new MoveServer("https://127.0.0.1:4344", "target", UUID.randomUUID(), "EF:01", 4344), Long.valueOf(7),
                "Arrivals", now.plus(Duration.ofDays(14)), "wait", false, agents, new TargetReadiness(true, null, null),
                new TargetLoad(5, 7, 1, 3), List.of(new SettingsDifference("Branch/Lab", 1, "scanMethod", "standard",
                        "smart")),
                5000, 10000, "agents.txt", Map.of("Arrivals/Branch/Lab", List.of(agents.get(1).id())));
    }
}
