package io.bulwark.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.bulwark.client.ServerAddress;
import io.bulwark.core.internal.LiveServerRegistry;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;

class LiveServerRegistryTest {

    private final LiveServerRegistry registry = new LiveServerRegistry();

    @Test
    void listsEveryServerOfTheStartupList() {
        int refused = registry.addStartupServers("https://127.0.0.1:4343, 127.0.0.1:4344\n[::1]:4345");
        assertEquals(0, refused);
        List<String> addresses = registry.getRegistry().getServers().stream()
                .map(s -> new ServerAddress(s.isUseTls(), s.getHost(), s.getPort()).toString()).toList();
        assertEquals(List.of("https://127.0.0.1:4343", "https://127.0.0.1:4344", "https://[::1]:4345"), addresses);
        for (ManagementServer server : registry.getRegistry().getServers()) {
            assertEquals(ConnectionState.DISCONNECTED, server.getState(), "nothing is connected at start-up");
        }
    }

    @Test
    void takesNamesWithSpacesFromNameEqualsAddressEntries() {
        registry.addStartupServers("Head office=https://127.0.0.1:4343,\nRemote site 1 = 127.0.0.1:4344");
        List<String> names = registry.getRegistry().getServers().stream().map(ManagementServer::getName).toList();
        assertEquals(List.of("Head office", "Remote site 1"), names);
        assertEquals(4344, registry.getRegistry().getServers().get(1).getPort());
    }

    @Test
    void skipsBadEntriesWithoutLosingTheGoodOnes() {
        int refused = registry.addStartupServers("127.0.0.1:4343,ftp://nowhere,127.0.0.1:99999,127.0.0.1:4344");
        assertEquals(2, refused);
        assertEquals(2, registry.getRegistry().getServers().size());
    }

    @Test
    void listsAStartupServerOnlyOnce() {
        registry.addStartupServers("Head office=127.0.0.1:4343");
        ManagementServer first = registry.findServer(ServerAddress.parse("127.0.0.1:4343"));
        int refused = registry.addStartupServers("Other name=https://127.0.0.1:4343/,Head office=127.0.0.1:4343");
        assertEquals(0, refused, "a server already registered is not an error");
        assertSame(first, registry.findServer(ServerAddress.parse("127.0.0.1:4343")));
        assertEquals("Head office", first.getName());
        assertEquals(1, registry.getRegistry().getServers().size());
    }

    @Test
    void namesAServerByItsAddressWhenNoNameIsGiven() {
        registry.addStartupServers(" =http://10.0.0.5:8080");
        assertEquals("http://10.0.0.5:8080", registry.getRegistry().getServers().get(0).getName());
    }
}
