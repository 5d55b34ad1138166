package io.bulwark.protocol.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import io.bulwark.protocol.JsonLines;
import io.bulwark.protocol.admin.AgentSummary;

/**
 * NDJSON through one buffer of bytes. An {@link AgentSummary}, the record a server streams once per agent, a hundred
 * thousand times per list, is encoded straight into the buffer: the JSON {@link AgentSummaryWriter} writes through
 * Jackson (members in declaration order, absent ones left out, instants as ISO-8601, strings escaped as Jackson escapes
 * them), without a generator, serializer lookups or intermediate strings. Any other record is written by the mapper.
 */
final class NdjsonWriter implements JsonLines {

    private static final int BUFFER = 1 << 16;

    /** Room enough for every fixed part of a line; strings make sure of their own room. */
    private static final int FIXED_ROOM = 256;

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$
    private static final byte[] HEX_UPPER = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII); //$NON-NLS-1$

    /**
     * For each ASCII character: 0 to write it as is, -1 for a {@code \}{@code u00XX} escape, else the escape letter.
     */
    private static final int[] ESCAPES = new int[128];

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = -1;
        }
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\n'] = 'n';
        ESCAPES['\f'] = 'f';
        ESCAPES['\r'] = 'r';
    }

    private static final byte[] ID = name("\"id\":"); //$NON-NLS-1$
    private static final byte[] HOST_NAME = name("\"hostName\":"); //$NON-NLS-1$
    private static final byte[] IP = name("\"ip\":"); //$NON-NLS-1$
    private static final byte[] STATUS = name("\"status\":"); //$NON-NLS-1$
    private static final byte[] DOMAIN_ID = name("\"domainId\":"); //$NON-NLS-1$
    private static final byte[] AGENT_VERSION = name("\"agentVersion\":"); //$NON-NLS-1$
    private static final byte[] LAST_SEEN = name("\"lastSeen\":"); //$NON-NLS-1$
    private static final byte[] UPDATE_AGENT_TRUE = name("\"updateAgent\":true"); //$NON-NLS-1$
    private static final byte[] UPDATE_AGENT_FALSE = name("\"updateAgent\":false"); //$NON-NLS-1$
    private static final byte[] OS = name("\"os\":"); //$NON-NLS-1$
    private static final byte[] COMPONENT_VERSIONS = name("\"componentVersions\":"); //$NON-NLS-1$
    private static final byte[] NULL = name("null"); //$NON-NLS-1$

    private final OutputStream out;
    private final JacksonWireMapper mapper;
    private byte[] buffer = new byte[BUFFER];
    private int length;

    NdjsonWriter(OutputStream out, JacksonWireMapper mapper) {
        this.out = out;
        this.mapper = mapper;
    }

    @Override
    public void write(Object value) throws IOException {
        if (value instanceof AgentSummary agent) {
            room(FIXED_ROOM);
            agent(agent);
        } else {
            byte[] json = mapper.write(value);
            room(json.length + 1);
            System.arraycopy(json, 0, buffer, length, json.length);
            length += json.length;
        }
        buffer[length++] = '\n';
        if (length >= BUFFER - FIXED_ROOM) {
            drain();
        }
    }

    private void agent(AgentSummary agent) {
        // The first member written opens the object; every later one starts with a comma.
        boolean first = true;
        if (agent.id() != null) {
            put(ID, first);
            uuid(agent.id());
            first = false;
        }
        first = text(HOST_NAME, agent.hostName(), first);
        first = text(IP, agent.ip(), first);
        first = text(STATUS, agent.status(), first);
        if (agent.domainId() != null) {
            put(DOMAIN_ID, first);
            ascii(Long.toString(agent.domainId().longValue()));
            first = false;
        }
        first = text(AGENT_VERSION, agent.agentVersion(), first);
        if (agent.lastSeen() != null) {
            put(LAST_SEEN, first);
            room(IsoInstants.MAX_LENGTH + 2);
            buffer[length++] = '"';
            length = IsoInstants.write(agent.lastSeen(), buffer, length);
            buffer[length++] = '"';
            first = false;
        }
        put(agent.updateAgent() ? UPDATE_AGENT_TRUE : UPDATE_AGENT_FALSE, first);
        text(OS, agent.os(), false);
        if (agent.componentVersions() != null) {
            put(COMPONENT_VERSIONS, false);
            room(1);
            buffer[length++] = '{';
            boolean firstVersion = true;
            for (Map.Entry<String, String> version : agent.componentVersions().entrySet()) {
                room(1);
                if (!firstVersion) {
                    buffer[length++] = ',';
                }
                string(version.getKey());
                room(1);
                buffer[length++] = ':';
                if (version.getValue() == null) {
                    room(NULL.length);
                    System.arraycopy(NULL, 0, buffer, length, NULL.length);
                    length += NULL.length;
                } else {
                    string(version.getValue());
                }
                firstVersion = false;
            }
            room(1);
            buffer[length++] = '}';
        }
        room(1);
        buffer[length++] = '}';
    }

    /** Writes a member name: the object's opening brace before the first, a comma before any other. */
    private void put(byte[] name, boolean first) {
        room(name.length + 1);
        buffer[length++] = first ? (byte) '{' : (byte) ',';
        System.arraycopy(name, 0, buffer, length, name.length);
        length += name.length;
    }

    private boolean text(byte[] name, String value, boolean first) {
        if (value == null) {
            return first;
        }
        put(name, first);
        string(value);
        return false;
    }

    private void uuid(UUID id) {
        room(38);
        buffer[length++] = '"';
        hex(id.getMostSignificantBits() >>> 32, 8);
        buffer[length++] = '-';
        hex(id.getMostSignificantBits() >>> 16, 4);
        buffer[length++] = '-';
        hex(id.getMostSignificantBits(), 4);
        buffer[length++] = '-';
        hex(id.getLeastSignificantBits() >>> 48, 4);
        buffer[length++] = '-';
        hex(id.getLeastSignificantBits(), 12);
        buffer[length++] = '"';
    }

    private void hex(long value, int digits) {
        for (int i = digits - 1; i >= 0; i--) {
            buffer[length + i] = HEX[(int) ((value >>> ((digits - 1 - i) * 4)) & 0xF)];
        }
        length += digits;
    }

    private void ascii(String text) {
        room(text.length());
        for (int i = 0; i < text.length(); i++) {
            buffer[length++] = (byte) text.charAt(i);
        }
    }

    /**
     * Writes a JSON string as Jackson's UTF-8 generator does: quote, backslash and control characters escaped (the
     * short escapes where JSON has them), every other character below U+0800 and outside the surrogates as UTF-8, and
     * each surrogate (pairs included) as its own {@code \}{@code uXXXX} escape.
     */
    private void string(String text) {
        // Six bytes per character at worst (an escape), plus the quotes.
        room(text.length() * 6 + 2);
        byte[] to = buffer;
        int at = length;
        to[at++] = '"';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                int escape = ESCAPES[c];
                if (escape == 0) {
                    to[at++] = (byte) c;
                } else if (escape > 0) {
                    to[at++] = '\\';
                    to[at++] = (byte) escape;
                } else {
                    at = unicodeEscape(to, at, c);
                }
            } else if (c < 0x800) {
                to[at++] = (byte) (0xC0 | c >> 6);
                to[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                at = unicodeEscape(to, at, c);
            } else {
                to[at++] = (byte) (0xE0 | c >> 12);
                to[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                to[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        to[at++] = '"';
        length = at;
    }

    private static int unicodeEscape(byte[] to, int at, char c) {
        to[at] = '\\';
        to[at + 1] = 'u';
        to[at + 2] = HEX_UPPER[c >> 12 & 0xF];
        to[at + 3] = HEX_UPPER[c >> 8 & 0xF];
        to[at + 4] = HEX_UPPER[c >> 4 & 0xF];
        to[at + 5] = HEX_UPPER[c & 0xF];
        return at + 6;
    }

    /** Makes sure the buffer has room for this many more bytes, growing it for one very long line. */
    private void room(int bytes) {
        if (length + bytes > buffer.length) {
            byte[] larger = new byte[Math.max(buffer.length * 2, length + bytes)];
            System.arraycopy(buffer, 0, larger, 0, length);
            buffer = larger;
        }
    }

    private void drain() throws IOException {
        if (length > 0) {
            out.write(buffer, 0, length);
            length = 0;
        }
        if (buffer.length > BUFFER) {
            buffer = new byte[BUFFER];
        }
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        flush();
    }

    private static byte[] name(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
