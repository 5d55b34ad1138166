package io.bulwark.core.internal.policy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.bulwark.client.ServerAddress;
import io.bulwark.core.policy.PolicyTarget;
import io.bulwark.core.policy.WorkspaceScope;

/**
 * Where each file of the policy workspace lives, so that a person finds a scope's file by its name:
 *
 * <pre>
 * servers/HOST_PORT/root.json
 * servers/HOST_PORT/domains/Branch/Lab.json      the domain Branch/Lab
 * servers/HOST_PORT/agents/GUID.json
 * templates/NAME.json
 * </pre>
 *
 * Names keep letters, digits, spaces and {@code . _ -}; every other character (and a leading or trailing dot or space)
 * is written as {@code %XX} of its UTF-8 bytes, so that any domain or template name makes a safe file name that reads
 * back to the same name.
 */
public final class WorkspacePaths {

    /** The extension of every workspace file. */
    public static final String EXTENSION = ".json"; //$NON-NLS-1$

    static final String SERVERS = "servers"; //$NON-NLS-1$
    static final String TEMPLATES = "templates"; //$NON-NLS-1$
    static final String ROOT = "root"; //$NON-NLS-1$
    static final String DOMAINS = "domains"; //$NON-NLS-1$
    static final String AGENTS = "agents"; //$NON-NLS-1$

    private WorkspacePaths() {
    }

    /** @return the folder of one server's scopes */
    public static Path server(Path workspace, ServerAddress server) {
        return workspace.resolve(SERVERS).resolve(encode(server.host().toLowerCase(Locale.ROOT)) + "_" //$NON-NLS-1$
                + server.port());
    }

    /** @return the file of one scope */
    public static Path scope(Path workspace, PolicyTarget target) {
        Path folder = server(workspace, target.server());
        WorkspaceScope scope = target.scope();
        return switch (scope.kind()) {
            case ROOT -> folder.resolve(ROOT + EXTENSION);
            case AGENT -> folder.resolve(AGENTS).resolve(scope.agentId() + EXTENSION);
            case DOMAIN -> {
                Path file = folder.resolve(DOMAINS);
                List<String> names = scope.domainNames();
                for (int index = 0; index < names.size() - 1; index++) {
                    file = file.resolve(encode(names.get(index)));
                }
                yield file.resolve(encode(names.get(names.size() - 1)) + EXTENSION);
            }
        };
    }

    /** @return the folder of the templates */
    public static Path templates(Path workspace) {
        return workspace.resolve(TEMPLATES);
    }

    /** @return the file of a template */
    public static Path template(Path workspace, String name) {
        return templates(workspace).resolve(encode(name) + EXTENSION);
    }

    /**
     * @param serverFolder
     *            a server's folder
     * @param file
     *            a file below it
     * @return the scope the file's place names, or {@code null} if it is no scope file
     */
    public static WorkspaceScope scopeOf(Path serverFolder, Path file) {
        Path relative = serverFolder.relativize(file);
        String last = relative.getFileName().toString();
        if (!last.endsWith(EXTENSION)) {
            return null;
        }
        String stem = last.substring(0, last.length() - EXTENSION.length());
        try {
            if (relative.getNameCount() == 1) {
                return stem.equals(ROOT) ? WorkspaceScope.root() : null;
            }
            String first = relative.getName(0).toString();
            if (first.equals(AGENTS) && relative.getNameCount() == 2) {
                return WorkspaceScope.agent(UUID.fromString(stem));
            }
            if (first.equals(DOMAINS)) {
                List<String> names = new ArrayList<>();
                for (int index = 1; index < relative.getNameCount() - 1; index++) {
                    names.add(decode(relative.getName(index).toString()));
                }
                names.add(decode(stem));
                return WorkspaceScope.domain(String.join(WorkspaceScope.SEPARATOR, names));
            }
        } catch (IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    /** @return the template name a template file's name gives, or {@code null} if it is no template file */
    public static String templateOf(Path file) {
        String name = file.getFileName().toString();
        if (!name.endsWith(EXTENSION)) {
            return null;
        }
        try {
            return decode(name.substring(0, name.length() - EXTENSION.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String encode(String name) {
        StringBuilder encoded = new StringBuilder();
        int[] codePoints = name.codePoints().toArray();
        for (int index = 0; index < codePoints.length; index++) {
            int codePoint = codePoints[index];
            boolean edge = index == 0 || index == codePoints.length - 1;
            boolean plain = Character.isLetterOrDigit(codePoint) || codePoint == '_' || codePoint == '-'
                    || (codePoint == '.' || codePoint == ' ') && !edge;
            if (plain) {
                encoded.appendCodePoint(codePoint);
            } else {
                for (byte value : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                    encoded.append('%').append(HexFormat.of().withUpperCase().toHexDigits(value));
                }
            }
        }
        return encoded.toString();
    }

    static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int index = 0; index < encoded.length(); index++) {
            char character = encoded.charAt(index);
            if (character == '%') {
                if (index + 2 >= encoded.length()) {
                    throw new IllegalArgumentException(encoded);
                }
                bytes.write(HexFormat.fromHexDigits(encoded, index + 1, index + 3));
                index += 2;
            } else {
                int next = encoded.indexOf('%', index);
                int end = next < 0 ? encoded.length() : next;
                bytes.writeBytes(encoded.substring(index, end).getBytes(StandardCharsets.UTF_8));
                index = end - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
