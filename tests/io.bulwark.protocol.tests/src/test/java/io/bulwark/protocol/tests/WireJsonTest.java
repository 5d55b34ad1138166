package io.bulwark.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bulwark.protocol.AgentCounts;
import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.components.ComponentVersion;

class WireJsonTest {

    private final WireJson lenient = WireJson.create(WireJson.UnknownMembers.IGNORE);
    private final WireJson strict = WireJson.create(WireJson.UnknownMembers.REJECT);

    @Test
    void publicServerInfoIsWrittenWithoutTheAuthenticatedExtras() {
        String json = text(strict.write(ServerInfo.publicView("alpha", "1.2.3", 4343)));

        assertEquals("{\"name\":\"alpha\",\"version\":\"1.2.3\",\"listeningPort\":4343}", json);
    }

    @Test
    void serverInfoSurvivesARoundTripWithAllFields() {
        ServerInfo info = new ServerInfo("alpha", "1.2.3", 4343, UUID.randomUUID(), 100_000L,
                new AgentCounts(90_000L, 9_000L, 1_000L, 0L),
                List.of(new ComponentVersion("virus-pattern", 18_545L)));

        assertEquals(info, strict.read(strict.write(info), ServerInfo.class));
        assertEquals(info, lenient.read(new ByteArrayInputStream(strict.write(info)), ServerInfo.class));
    }

    @Test
    void errorBodyAlwaysHasCodeMessageAndDetails() {
        String json = text(strict.write(ApiError.of(ErrorCodes.NOT_FOUND, "No resource at /x")));

        assertEquals("{\"error\":\"not_found\",\"message\":\"No resource at /x\",\"details\":{}}", json);
    }

    @Test
    void errorDetailsSurviveARoundTrip() {
        ApiError error = new ApiError(ErrorCodes.BAD_REQUEST, "port out of range", Map.of("field", "port"));

        assertEquals(error, strict.read(strict.write(error), ApiError.class));
    }

    @Test
    void malformedJsonNamesTheTypeAndPosition() {
        WireFormatException error = assertThrows(WireFormatException.class,
                () -> strict.read(bytes("{\"name\": \"alpha\",\n \"version\" 1}"), ServerInfo.class));

        assertTrue(error.getMessage().startsWith("Not a valid JSON ServerInfo at line 2, column"), error.getMessage());
    }

    @Test
    void missingRequiredMemberIsAWireFormatError() {
        WireFormatException error = assertThrows(WireFormatException.class,
                () -> strict.read(bytes("{\"version\":\"1\",\"listeningPort\":1}"), ServerInfo.class));

        assertTrue(error.getMessage().contains("ServerInfo"), error.getMessage());
        assertTrue(error.getMessage().contains("name"), error.getMessage());
    }

    @Test
    void strictReaderRejectsUnknownMembersAndLenientReaderIgnoresThem() {
        byte[] json = bytes("{\"name\":\"a\",\"version\":\"1\",\"listeningPort\":1,\"futureField\":true}");

        WireFormatException error = assertThrows(WireFormatException.class, () -> strict.read(json, ServerInfo.class));
        assertTrue(error.getMessage().contains("futureField"), error.getMessage());
        assertEquals("a", lenient.read(json, ServerInfo.class).name());
    }

    @Test
    void numbersAndBooleansAreNotCoercedAndTheMemberIsNamed() {
        for (String port : new String[]{"\"4343\"", "4343.5", "true"}) {
            WireFormatException error = assertThrows(WireFormatException.class, () -> strict
                    .read(bytes("{\"name\":\"a\",\"version\":\"1\",\"listeningPort\":" + port + "}"),
                            ServerInfo.class),
                    port);
            assertEquals("listeningPort", error.field(), error.getMessage());
        }
    }

    @Test
    void numbersAndBooleansAreNotTexts() {
        for (String name : new String[]{"42", "4.5", "true"}) {
            WireFormatException error = assertThrows(WireFormatException.class, () -> strict
                    .read(bytes("{\"name\":" + name + ",\"version\":\"1\",\"listeningPort\":1}"), ServerInfo.class),
                    name);
            assertEquals("name", error.field(), error.getMessage());
        }
    }

    @Test
    void emptyOrNullDocumentIsAWireFormatError() {
        assertThrows(WireFormatException.class, () -> strict.read(bytes("null"), ServerInfo.class));
        assertThrows(WireFormatException.class, () -> strict.read(bytes(""), ServerInfo.class));
    }

    @Test
    void trailingGarbageIsAWireFormatError() {
        assertThrows(WireFormatException.class,
                () -> strict.read(bytes("{\"name\":\"a\",\"version\":\"1\",\"listeningPort\":1} x"), ServerInfo.class));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
