package io.bulwark.protocol.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.bulwark.protocol.JsonLines;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.admin.Account;
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
                        false, ""),
                new AgentSummary(id, "tab\there \\ \"quoted\" \u0001\u001f\u007f", "10.0.0.2", "online",
                        Long.valueOf(-3),
                        "1.0", Instant.parse("1969-12-31T23:59:59.999999999Z"), true,
                        "\u00e9\u07ff\u0800\u2028\uffff \ud83d\ude00 lone \ud800 \udc00 end\b\f\r\n"),
                new AgentSummary(id, "versions", "10.0.0.3", "moving", Long.valueOf(Long.MAX_VALUE), "14.0", null,
                        false, null, versions()),
                new AgentSummary(id, "no-versions", "10.0.0.4", "online", null, "14.0", Instant.MAX, false, "x",
                        Map.of()),
                new AgentSummary(null, null, null, null, null, null, Instant.MIN, false, null)};
    }

    private static Map<String, String> versions() {
        Map<String, String> versions = new HashMap<>();
        versions.put("virus-pattern", "18541");
        versions.put("scan-engine", "12.0.\"1\"");
        versions.put("\u00fcber", null);
        return versions;
    }

    /** As the UTF-8 generator writes it, the one the wire uses (a writer of chars leaves surrogates unescaped). */
    private static String general(Object value) throws Exception {
        return new String(GENERAL.writeValueAsBytes(value), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("agents")
    void theWireWritesWhatTheGeneralSerializerWrites(AgentSummary agent) throws Exception {
        assertEquals(general(agent), new String(JSON.write(agent), StandardCharsets.UTF_8));
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
        String line = general(agent) + "\n";
        assertEquals(line + line, out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void longStreamsAndLongLinesSpanTheBufferIntact() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StringBuilder expected = new StringBuilder();
        AgentSummary[] agents = agents();
        String longName = "\u00e9\"".repeat(40_000);
        try (JsonLines lines = JSON.lines(out)) {
            for (int i = 0; i < 5_000; i++) {
                AgentSummary agent = i == 2_500
                        ? new AgentSummary(UUID.randomUUID(), longName, "10.0.0.9", "online", null, "1", null, false,
                                null)
                        : agents[i % agents.length];
                lines.write(agent);
                expected.append(general(agent)).append('\n');
            }
            lines.write(new Account("other", "root", List.of(), null));
            expected.append(general(new Account("other", "root", List.of(), null))).append('\n');
        }
        assertEquals(expected.toString(), out.toString(StandardCharsets.UTF_8));
    }
}
