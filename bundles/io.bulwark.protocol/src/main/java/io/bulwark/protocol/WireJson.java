package io.bulwark.protocol;

import java.io.InputStream;
import java.io.OutputStream;

import io.bulwark.protocol.internal.JacksonWireMapper;

/**
 * Reads and writes the protocol's records as JSON, the same way on the server and in the console.
 * <p>
 * A facade so that neither side depends on the JSON library: its types never appear here. Instances are thread-safe and
 * meant to be shared. Absent optional members ({@code null} record components) are left out of the written JSON.
 */
public final class WireJson {

    /** The media type of every JSON body of the API. */
    public static final String MEDIA_TYPE = "application/json"; //$NON-NLS-1$

    /** The media type of list streams: one JSON document per line (NDJSON). */
    public static final String NDJSON_MEDIA_TYPE = "application/x-ndjson"; //$NON-NLS-1$

    /** How to treat members a reader does not know. */
    public enum UnknownMembers {
        /**
         * Ignore them: a client reading responses, so that a newer server may add members without breaking it.
         */
        IGNORE,
        /** Reject them: a server reading requests, so that a misspelt member is an error, not silently lost. */
        REJECT
    }

    private final JacksonWireMapper mapper;

    private WireJson(UnknownMembers unknownMembers) {
        this.mapper = new JacksonWireMapper(unknownMembers == UnknownMembers.REJECT);
    }

    /**
     * @param unknownMembers
     *            how to treat members the reader does not know
     * @return a reader and writer with that policy
     */
    public static WireJson create(UnknownMembers unknownMembers) {
        return new WireJson(unknownMembers);
    }

    /**
     * @param value
     *            a protocol record (or a list or map of them)
     * @return its UTF-8 JSON encoding
     * @throws WireFormatException
     *             if the value cannot be represented as JSON
     */
    public byte[] write(Object value) {
        return mapper.write(value);
    }

    /**
     * @param <T>
     *            the expected record type
     * @param json
     *            UTF-8 JSON
     * @param type
     *            the expected record type
     * @return the decoded record
     * @throws WireFormatException
     *             if the bytes are not a valid {@code type}
     */
    public <T> T read(byte[] json, Class<T> type) {
        return mapper.read(json, type);
    }

    /**
     * Reads one document from a stream, which is left open for the caller to close.
     *
     * @param <T>
     *            the expected record type
     * @param json
     *            a stream of UTF-8 JSON
     * @param type
     *            the expected record type
     * @return the decoded record
     * @throws WireFormatException
     *             if the stream does not hold a valid {@code type} or cannot be read
     */
    public <T> T read(InputStream json, Class<T> type) {
        return mapper.read(json, type);
    }

    /**
     * Starts writing records as NDJSON to a stream.
     *
     * @param out
     *            where the lines go; left open when the writer is closed
     * @return a writer for one stream
     * @throws WireFormatException
     *             if the stream cannot be opened for writing
     */
    public JsonLines lines(OutputStream out) {
        return mapper.lines(out);
    }

    /**
     * Turns parsed JSON (maps, lists, strings, numbers, booleans, as an event's {@code data} arrives) into a record, by
     * the same rules as {@link #read(byte[], Class)}.
     *
     * @param <T>
     *            the expected record type
     * @param parsed
     *            the parsed JSON
     * @param type
     *            the expected record type
     * @return the record
     * @throws WireFormatException
     *             if the value is not a valid {@code type}
     */
    public <T> T convert(Object parsed, Class<T> type) {
        return mapper.convert(parsed, type);
    }
}
