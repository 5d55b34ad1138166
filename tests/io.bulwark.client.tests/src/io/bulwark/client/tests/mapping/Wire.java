package io.bulwark.client.tests.mapping;

import java.time.Instant;
import java.util.UUID;

import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.Domain;

/** Wire records as a server sends them, for tests. */
final class Wire {

    static final Instant SEEN = Instant.parse("2026-11-23T10:00:00Z");

    private Wire() {
    }

    static Domain domain(long id, Long parentId, String name) {
        return new Domain(id, parentId, name, 0);
    }

    static UUID id(long n) {
        return new UUID(0x5eed, n);
    }

    static AgentSummary agent(long n, Long domainId, String status) {
        return new AgentSummary(id(n), "pc-" + n, "10.0." + (n / 250 % 250) + "." + (n % 250 + 1), status, domainId,
                "14.0.1", SEEN, false, "Windows 11 23H2");
    }

    static Long in(long domainId) {
        return Long.valueOf(domainId);
    }
}
