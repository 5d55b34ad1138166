package io.bulwark.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.bulwark.protocol.JsonLines;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.admin.AgentSummary;

/** The agent summary, written field by field for speed, is exactly the JSON a general record serializer writes. */
class AgentSummaryJsonTest {

    private static final WireJson JSON = WireJson.create(WireJson.UnknownMembers.REJECT);

    /** Records as Jackson writes them without help, configured as the wire is. */
    private static final ObjectMapper GENERAL = JsonMapper.builder()
            .defaultPropertyInclusion(
                    JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
            .addModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    static AgentSummary[] agents() {
        UUID id = UUID.fromString("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
        return new AgentSummary[]{
                new AgentSummary(id, "hq-ws-00042", "10.1.2.3", "online", Long.valueOf(7), "14.0.2049",
                        Instant.parse("2026-11-23T04:05:06.789Z"), true, "Windows 11 Pro \"24H2\" \u00e9"),
                new AgentSummary(id, "lab-01", "fd00::5", "offline", null, null, null, false, null),
                new AgentSummary(id, "edge", "10.0.0.1", "roaming", Long.valueOf(0),
                        Instant.parse("2026-01-01T00:00:00Z").toString(), Instant.parse("2026-01-01T00:00:00Z"),
                        false, "")};
    }

    @ParameterizedTest
    @MethodSource("agents")
    void theWireWritesWhatTheGeneralSerializerWrites(AgentSummary agent) throws Exception {
        assertEquals(GENERAL.writeValueAsString(agent), new String(JSON.write(agent), StandardCharsets.UTF_8));
        assertEquals(agent, JSON.read(JSON.write(agent), AgentSummary.class));
    }

    @ParameterizedTest
    @MethodSource("agents")
    void aStreamLineIsTheSameJsonEndedByALineFeed(AgentSummary agent) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JsonLines lines = JSON.lines(out)) {
            lines.write(agent);
            lines.write(agent);
        }
        String line = GENERAL.writeValueAsString(agent) + "\n";
        assertEquals(line + line, out.toString(StandardCharsets.UTF_8));
    }
}
