package io.bulwark.client.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.bulwark.client.ServerAddress;

class ServerAddressTest {

    @Test
    void readsHostAndPortAsHttpsByDefault() {
        ServerAddress address = ServerAddress.parse("  server-a.example:4444 ");
        assertTrue(address.tls());
        assertEquals("server-a.example", address.host());
        assertEquals(4444, address.port());
        assertEquals("https://server-a.example:4444", address.toString());
    }

    @Test
    void usesTheOriginalDefaultPortsWhenNoneIsGiven() {
        assertEquals(ServerAddress.DEFAULT_TLS_PORT, ServerAddress.parse("10.1.2.3").port());
        assertEquals(ServerAddress.DEFAULT_PLAIN_PORT, ServerAddress.parse("http://10.1.2.3").port());
    }

    @Test
    void keepsIpv6LiteralsWithoutBracketsAndShowsThemWithBrackets() {
        ServerAddress address = ServerAddress.parse("https://[::1]:4343/");
        assertEquals("::1", address.host());
        assertEquals("https://[::1]:4343", address.toString());
        assertEquals("https://[::1]:4343/api/v1/server", address.resolve("/api/v1/server").toString());
    }

    @Test
    void plainHttpOnlyWhenAskedFor() {
        assertFalse(ServerAddress.parse("http://127.0.0.1:8080").tls());
    }

    @Test
    void refusesTextThatNamesNoSingleServer() {
        for (String bad : new String[]{"", "   ", "ftp://host:21", "https://host:0", "https://host:70000",
                "https://user@host:4343", "https://host:4343/api", "https://host:4343?x=1", "host:port"}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                    () -> ServerAddress.parse(bad), bad);
            assertFalse(refused.getMessage().isBlank(), "a message a person can read for " + bad);
        }
    }
}
