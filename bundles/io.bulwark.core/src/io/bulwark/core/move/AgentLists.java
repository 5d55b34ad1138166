package io.bulwark.core.move;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.AgentQuery;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;

import io.bulwark.core.internal.move.Messages;
import io.bulwark.core.move.ListProblem.Kind;
import io.bulwark.protocol.IpRange;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.settings.NetworkSyntax;

/**
 * Reads lists of agents to move: one agent id, host name or IP address per line (UTF-8); blank lines and lines starting
 * with {@code #} are ignored. Host names match case-insensitively, addresses by their canonical form. A line that is
 * malformed, unknown or matches several agents is reported with its number; nothing is guessed.
 */
public final class AgentLists {

    /** The largest list read, so a wrong file chosen by mistake fails quickly. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;

    private AgentLists() {
    }

    /**
     * @param file
     *            the list
     * @param sourceAgents
     *            every agent of the source server
     * @return the agents it names and its problem lines
     * @throws MoveException
     *             if the file cannot be read or is not UTF-8 text, naming the file
     */
    public static AgentListImport read(Path file, Collection<AgentSummary> sourceAgents) throws MoveException {
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new MoveException(NLS.bind(Messages.AgentLists_tooLarge, file, Long.valueOf(MAX_BYTES)));
            }
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MoveException(NLS.bind(Messages.AgentLists_notText, file), e);
        } catch (IOException e) {
            throw new MoveException(NLS.bind(Messages.AgentLists_unreadable, file, e.getMessage()), e);
        }
        return resolve(file.toString(), text.lines().toList(), sourceAgents);
    }

    /**
     * Names a list file for a move's {@link MovePlanRequest#origin() origin}: its absolute path and the SHA-256 of its
     * content, so a later run with the same list (the command line run again, or the console) finds the job it started.
     *
     * @param file
     *            the list
     * @return the path and digest, e.g. {@code /home/me/wave-1.txt sha256:ab12...}
     * @throws MoveException
     *             if the file cannot be read, naming it
     */
    public static String origin(Path file) throws MoveException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)); //$NON-NLS-1$
            return file.toAbsolutePath().normalize() + " sha256:" + HexFormat.of().formatHex(digest); //$NON-NLS-1$
        } catch (IOException e) {
            throw new MoveException(NLS.bind(Messages.AgentLists_unreadable, file, e.getMessage()), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a list against the agents a source server has now.
     *
     * @param file
     *            the list
     * @param source
     *            the server the agents would leave
     * @param monitor
     *            reports progress and cancels, or {@code null}
     * @return the agents it names and its problem lines
     * @throws MoveException
     *             if the file cannot be read or is not UTF-8 text, naming the file
     * @throws ServerException
     *             if the source's agents cannot be read
     */
    public static AgentListImport read(Path file, ServerClient source, IProgressMonitor monitor)
            throws MoveException, ServerException {
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        List<AgentSummary> agents = new ArrayList<>();
        source.streamAgents(AgentQuery.all(), agents::add, progress.split(1));
        return read(file, agents);
    }

    /**
     * @param name
     *            the list's name for a person
     * @param lines
     *            its lines
     * @param sourceAgents
     *            every agent of the source server
     * @return the agents it names and its problem lines
     */
    public static AgentListImport resolve(String name, List<String> lines, Collection<AgentSummary> sourceAgents) {
        Map<UUID, AgentSummary> byId = new HashMap<>();
        Map<String, List<AgentSummary>> byHost = new HashMap<>();
        Map<IpRange, List<AgentSummary>> byAddress = new HashMap<>();
        for (AgentSummary agent : sourceAgents) {
            byId.put(agent.id(), agent);
            if (agent.hostName() != null) {
                byHost.computeIfAbsent(agent.hostName().toLowerCase(Locale.ROOT), key -> new ArrayList<>()).add(agent);
            }
            IpRange address = addressOrNull(agent.ip());
            if (address != null) {
                byAddress.computeIfAbsent(address, key -> new ArrayList<>()).add(agent);
            }
        }
        Map<UUID, AgentSummary> chosen = new LinkedHashMap<>();
        Map<UUID, Integer> firstLine = new HashMap<>();
        List<ListProblem> problems = new ArrayList<>();
        for (int index = 0; index < lines.size(); index++) {
            int number = index + 1;
            String line = lines.get(index).strip();
            if (number == 1 && line.startsWith("\uFEFF")) { //$NON-NLS-1$
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) { //$NON-NLS-1$
                continue;
            }
            List<AgentSummary> matches;
            UUID id = uuidOrNull(line);
            if (id != null) {
                AgentSummary agent = byId.get(id);
                matches = agent == null ? List.of() : List.of(agent);
            } else if (NetworkSyntax.isWrittenAsAddress(line)) {
                IpRange address = addressOrNull(line);
                if (address == null) {
                    problems.add(problem(number, line, Kind.INVALID, Messages.AgentLists_invalid));
                    continue;
                }
                matches = byAddress.getOrDefault(address, List.of());
            } else if (NetworkSyntax.isHostName(line)) {
                matches = byHost.getOrDefault(line.toLowerCase(Locale.ROOT), List.of());
            } else {
                problems.add(problem(number, line, Kind.INVALID, Messages.AgentLists_invalid));
                continue;
            }
            if (matches.isEmpty()) {
                problems.add(problem(number, line, Kind.UNKNOWN, Messages.AgentLists_unknown));
            } else if (matches.size() > 1) {
                problems.add(new ListProblem(number, line, Kind.AMBIGUOUS, NLS.bind(Messages.AgentLists_ambiguous,
                        new Object[]{Integer.valueOf(number), line, Integer.valueOf(matches.size())})));
            } else {
                AgentSummary agent = matches.get(0);
                Integer earlier = firstLine.putIfAbsent(agent.id(), Integer.valueOf(number));
                if (earlier != null) {
                    problems.add(new ListProblem(number, line, Kind.DUPLICATE,
                            NLS.bind(Messages.AgentLists_duplicate, new Object[]{Integer.valueOf(number), line,
                                    earlier})));
                } else {
                    chosen.put(agent.id(), agent);
                }
            }
        }
        return new AgentListImport(name, List.copyOf(chosen.values()), problems);
    }

    private static ListProblem problem(int number, String line, Kind kind, String template) {
        return new ListProblem(number, line, kind, NLS.bind(template, Integer.valueOf(number), line));
    }

    private static UUID uuidOrNull(String text) {
        if (text.length() != 36) {
            return null;
        }
        try {
            UUID id = UUID.fromString(text);
            return id.toString().equalsIgnoreCase(text) ? id : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The address, equal however it was written (IPv6 zero compression, case), or {@code null}. */
    private static IpRange addressOrNull(String text) {
        return text == null || !NetworkSyntax.isAddress(text) ? null : NetworkSyntax.rangeOrNull(text);
    }
}
