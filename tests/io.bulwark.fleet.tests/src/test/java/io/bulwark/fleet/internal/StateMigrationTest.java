package io.bulwark.fleet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bulwark.protocol.CertificateFingerprint;

/**
 * Homes of the first format take the fingerprint of the server they belong to, when the state folder knows it; others
 * are dropped so the agent registers again, as the first format did.
 */
class StateMigrationTest {

    private static final String PINNED = String.join(":", java.util.Collections.nCopies(32, "0A"));
    private static final String CHECKED = String.join(":", java.util.Collections.nCopies(32, "0B"));

    @Test
    void homesTakeTheFingerprintOfTheirServer() {
        UUID server = UUID.randomUUID();
        AgentRoster old = new AgentRoster(null, 5, List.of(
                agent("https://now:1", server), agent("https://pinned:2", server), agent("https://other:3", server),
                agent("http://plain:4", server), new AgentIdentity(UUID.randomUUID(), "new", null)));

        StateMigration.Result result = StateMigration.migrate(old,
                Optional.of(new ServerPin("https://pinned:2", PINNED, "2026-11-01T00:00:00Z")), "https://now:1",
                CertificateFingerprint.parse(CHECKED));

        List<AgentIdentity> agents = result.roster().agents();
        assertEquals(CHECKED, agents.get(0).home().fingerprint());
        assertEquals(PINNED, agents.get(1).home().fingerprint());
        assertNull(agents.get(2).home(), "no certificate known for it: registers again");
        assertNull(agents.get(3).home().fingerprint(), "plain HTTP needs none");
        assertNull(agents.get(4).home());
        assertEquals(Integer.valueOf(AgentRoster.FORMAT), result.roster().format());
        assertEquals(5, result.roster().seed());
        assertEquals(2, result.pinned());
        assertEquals(1, result.dropped());
    }

    @Test
    void aCurrentRosterIsLeftAlone() {
        AgentRoster current = new AgentRoster(5, List.of(agent("https://now:1", UUID.randomUUID())));

        assertSame(current, StateMigration.migrate(current, Optional.empty(), "https://now:1", null).roster());
    }

    private static AgentIdentity agent(String url, UUID server) {
        return new AgentIdentity(UUID.randomUUID(), "host", new HomeServer(url, server, "2026-11-01T00:00:00Z", null));
    }
}
