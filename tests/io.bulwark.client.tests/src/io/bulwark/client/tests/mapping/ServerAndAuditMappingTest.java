package io.bulwark.client.tests.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bulwark.client.internal.mapping.AuditMapping;
import io.bulwark.client.internal.mapping.ServerInfoMapping;
import io.bulwark.model.AgentCounts;
import io.bulwark.model.AgentTree;
import io.bulwark.model.AuditEntry;
import io.bulwark.model.ComponentVersion;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelFactory;
import io.bulwark.protocol.ServerInfo;

class ServerAndAuditMappingTest {

    private static final UUID SERVER_ID = UUID.fromString("8c1f0a52-9d1e-4c49-8a33-2f0d6c1e7b90");

    @Test
    void serverInfoUpdatesTheServerInPlaceAndKeepsTheUsersName() {
        ManagementServer server = ModelFactory.eINSTANCE.createManagementServer();
        server.setName("Head office");

        ServerInfoMapping.apply(server, info(18545));
        AgentCounts counts = server.getAgentsByStatus();
        ComponentVersion pattern = server.getComponents().get(0);
        ServerInfoMapping.apply(server, info(18546));

        assertEquals("Head office", server.getName());
        assertEquals("1.2.0", server.getVersion());
        assertEquals(4343, server.getListeningPort());
        assertEquals(SERVER_ID.toString(), server.getServerId());
        assertEquals(120, server.getAgentCount());
        assertSame(counts, server.getAgentsByStatus());
        assertEquals(100, counts.getOnline());
        assertEquals(3, counts.getMoving());
        assertEquals(120, counts.getTotal());
        assertSame(pattern, server.getComponents().get(0));
        assertEquals("18546", pattern.getVersion());
        assertEquals(2, server.getComponents().size());
    }

    @Test
    void thePublicViewLeavesTheAuthenticatedPartsAlone() {
        ManagementServer server = ModelFactory.eINSTANCE.createManagementServer();
        ServerInfoMapping.apply(server, info(1));

        ServerInfoMapping.apply(server, ServerInfo.publicView("server-1", "1.2.1", 4343));

        assertEquals("1.2.1", server.getVersion());
        assertEquals(120, server.getAgentCount());
        assertEquals(SERVER_ID.toString(), server.getServerId());
    }

    @Test
    void auditPagesMergeNewestFirstWithoutDuplicates() {
        AgentTree tree = ModelFactory.eINSTANCE.createAgentTree();

        assertEquals(2, AuditMapping.apply(tree, List.of(entry(5), entry(4))));
        AuditEntry five = tree.getAuditEntries().get(0);
        assertEquals(2, AuditMapping.apply(tree, List.of(entry(6), entry(5), entry(3))));

        assertEquals(List.of(6L, 5L, 4L, 3L), tree.getAuditEntries().stream().map(AuditEntry::getId).toList());
        assertSame(five, tree.getAuditEntries().get(1));
        assertEquals("admin", five.getUser());
        assertEquals("domain.rename", five.getAction());
        assertEquals("{\"name\":\"Berlin\"}", five.getBefore());
        assertEquals("{\"name\":\"Berlin-Mitte\"}", five.getAfter());
        assertNull(five.getAddress());
    }

    private static ServerInfo info(long patternVersion) {
        return new ServerInfo("server-1", "1.2.0", 4343, SERVER_ID, Long.valueOf(120),
                new io.bulwark.protocol.AgentCounts(100, 12, 5, 3),
                List.of(new io.bulwark.protocol.components.ComponentVersion("virus-pattern", patternVersion),
                        new io.bulwark.protocol.components.ComponentVersion("scan-engine", 1210)));
    }

    private static io.bulwark.protocol.admin.AuditEntry entry(long id) {
        return new io.bulwark.protocol.admin.AuditEntry(id, Instant.parse("2026-11-23T10:00:00Z").plusSeconds(id),
                "admin", null, "domain.rename", "domain 12 \"Berlin\"", Map.of("name", "Berlin"),
                Map.of("name", "Berlin-Mitte"));
    }
}
