package io.bulwark.core.tests.move;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.core.move.AgentListImport;
import io.bulwark.core.move.AgentLists;
import io.bulwark.core.move.ListProblem;
import io.bulwark.core.move.ListProblem.Kind;
import io.bulwark.core.move.MoveException;
import io.bulwark.protocol.admin.AgentSummary;

/** Imported agent lists: each line names exactly one agent of the source, or is reported by its number. */
class AgentListsTest {

    private static final AgentSummary ALPHA = agent("alpha.corp.example", "10.0.0.1");
    private static final AgentSummary BETA = agent("BETA", "2001:db8::10");
    private static final AgentSummary TWIN_ONE = agent("twin", "10.0.0.3");
    private static final AgentSummary TWIN_TWO = agent("twin", "10.0.0.4");
    private static final AgentSummary SHARED_ONE = agent("shared-one", "10.0.0.9");
    private static final AgentSummary SHARED_TWO = agent("shared-two", "10.0.0.9");
    private static final List<AgentSummary> SOURCE = List.of(ALPHA, BETA, TWIN_ONE, TWIN_TWO, SHARED_ONE, SHARED_TWO);

    private static AgentSummary agent(String host, String ip) {
        return new AgentSummary(UUID.randomUUID(), host, ip, "online", null, "14.0.1", null, false, "Windows 11");
    }

    @Test
    void readsIdsHostNamesAndAddressesIgnoringBlanksAndComments(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("agents.txt");
        Files.writeString(file, "\uFEFF# first wave\n\n" + ALPHA.id().toString().toUpperCase() + "\n  beta  \n"
                + "# the twins are named by id\n" + TWIN_ONE.id() + "\n2001:DB8:0:0:0:0:0:10\n",
                StandardCharsets.UTF_8);

        AgentListImport imported = AgentLists.read(file, SOURCE);

        assertEquals(List.of(ALPHA, BETA, TWIN_ONE), imported.agents(), "each agent once, in the order of the file");
        assertEquals(1, imported.problems().size(), "the address repeats beta");
        assertEquals(new ListProblem(7, "2001:DB8:0:0:0:0:0:10", Kind.DUPLICATE, imported.problems().get(0).message()),
                imported.problems().get(0));
        assertTrue(imported.problems().get(0).message().contains("line 4"), imported.problems().get(0).message());
    }

    @Test
    void aListIsKnownAgainByItsPathAndContent(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("wave-1.txt");
        Files.writeString(file, "alpha.corp.example\n", StandardCharsets.UTF_8);
        String first = AgentLists.origin(file);

        assertTrue(first.startsWith(file.toAbsolutePath().normalize() + " sha256:"), first);
        assertEquals(first, AgentLists.origin(folder.resolve(".").resolve("wave-1.txt")), "the same list");
        Files.writeString(file, "beta\n", StandardCharsets.UTF_8);
        assertFalse(first.equals(AgentLists.origin(file)), "another content is another list");
        MoveException missing = assertThrows(MoveException.class, () -> AgentLists.origin(folder.resolve("none")));
        assertTrue(missing.getMessage().contains("none"), missing.getMessage());
    }

    @Test
    void reportsEveryBadLineByNumberAndGuessesNothing() {
        AgentListImport imported = AgentLists.resolve("list", List.of("twin", "10.0.0.9", "no such host",
                "host_with_underscore", "10.0.0.77", UUID.randomUUID().toString(), "999.1.1.1", "alpha.corp.example"),
                SOURCE);

        assertEquals(List.of(ALPHA), imported.agents());
        assertFalse(imported.isClean());
        assertEquals(List.of(Kind.AMBIGUOUS, Kind.AMBIGUOUS, Kind.INVALID, Kind.INVALID, Kind.UNKNOWN, Kind.UNKNOWN,
                Kind.INVALID), imported.problems().stream().map(ListProblem::kind).toList());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7), imported.problems().stream().map(ListProblem::line).toList());
        assertTrue(imported.problems().get(0).message().startsWith("Line 1: 'twin' matches 2 agents"),
                imported.problems().get(0).message());
    }

    @Test
    void anEmptyListNamesNobodyAndHasNoProblems() {
        AgentListImport imported = AgentLists.resolve("list", List.of("", "# nothing yet", "   "), SOURCE);
        assertTrue(imported.agents().isEmpty());
        assertTrue(imported.isClean());
    }

    @Test
    void aFileThatIsNotTextIsRefusedNamingIt(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("agents.xlsx");
        Files.write(file, new byte[]{'P', 'K', 3, 4, (byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        MoveException refused = assertThrows(MoveException.class, () -> AgentLists.read(file, SOURCE));
        assertTrue(refused.getMessage().contains(file.toString()), refused.getMessage());

        Path missing = folder.resolve("missing.txt");
        refused = assertThrows(MoveException.class, () -> AgentLists.read(missing, SOURCE));
        assertTrue(refused.getMessage().contains(missing.toString()), refused.getMessage());
    }
}
