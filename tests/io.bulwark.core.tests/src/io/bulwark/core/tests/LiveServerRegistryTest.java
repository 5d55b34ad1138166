package io.bulwark.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.bulwark.client.ServerAddress;
import io.bulwark.core.ServerDetails;
import io.bulwark.core.internal.LiveServerRegistry;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;

class LiveServerRegistryTest {

    private static final String FINGERPRINT_A = fingerprint("AB");
    private static final String FINGERPRINT_B = fingerprint("CD");

    private final LiveServerRegistry registry = new LiveServerRegistry();

    private static String fingerprint(String octet) {
        return String.join(":", Collections.nCopies(32, octet));
    }

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

    @Test
    void pinsTheFingerprintAndSetsTheUserGivenInAStartupEntry() {
        int refused = registry.addStartupServers("Head office=127.0.0.1:4343;fingerprint=" + FINGERPRINT_A.toLowerCase()
                + ";user=root, Remote site=127.0.0.1:4344");
        assertEquals(0, refused);
        ManagementServer head = registry.findServer(ServerAddress.parse("127.0.0.1:4343"));
        assertEquals(FINGERPRINT_A, head.getPinnedFingerprint(), "pinned as colon-separated uppercase hex");
        assertEquals("root", head.getUser());
        ManagementServer remote = registry.findServer(ServerAddress.parse("127.0.0.1:4344"));
        assertNull(remote.getPinnedFingerprint());
        assertNull(remote.getUser());
        assertEquals(List.of(head, remote), registry.startupServers());
    }

    @Test
    void keepsAnotherPinnedCertificateAndTheUserAlreadyChosen() throws Exception {
        ManagementServer server = registry.addServer(
                new ServerDetails("Head office", "127.0.0.1", 4343, true, "admin"), null);
        registry.pinCertificate(server, FINGERPRINT_A);

        int refused = registry.addStartupServers("127.0.0.1:4343;fingerprint=" + FINGERPRINT_B + ";user=root");

        assertEquals(0, refused, "a different pin is the administrator's decision, not a bad entry");
        assertEquals(FINGERPRINT_A, server.getPinnedFingerprint());
        assertEquals("admin", server.getUser());
        assertEquals(List.of(server), registry.startupServers());
    }

    @Test
    void givesTheStartupUserToARegisteredServerWithoutOne() throws Exception {
        ManagementServer server = registry.addServer(new ServerDetails("Head office", "127.0.0.1", 4343, true, null),
                null);
        registry.addStartupServers("127.0.0.1:4343;user=root");
        assertEquals("root", server.getUser());
    }

    @Test
    void skipsEntriesWithBadOptionsWithoutLosingTheGoodOnes() {
        int refused = registry.addStartupServers("127.0.0.1:4341;fingerprint=AB:CD,127.0.0.1:4342;colour=blue,"
                + "127.0.0.1:4343;user=,127.0.0.1:4344;fingerprint=" + FINGERPRINT_B);
        assertEquals(3, refused);
        assertEquals(1, registry.allServers().size(), "a refused entry registers nothing");
        assertEquals(FINGERPRINT_B, registry.allServers().get(0).getPinnedFingerprint());
        assertEquals(registry.allServers(), registry.startupServers());
    }

    @Test
    void aConsoleStartedWithoutAListHasNoStartupServers() throws Exception {
        registry.addServer(new ServerDetails("Head office", "127.0.0.1", 4343, true, null), null);
        registry.addStartupServers(null);
        assertEquals(List.of(), registry.startupServers());
    }

    @Test
    void aRemovedStartupServerIsNoLongerOne() throws Exception {
        registry.addStartupServers("127.0.0.1:4343,127.0.0.1:4344");
        ManagementServer first = registry.startupServers().get(0);
        registry.removeServer(first);
        assertEquals(1, registry.startupServers().size());
        assertEquals(4344, registry.startupServers().get(0).getPort());
    }
}
