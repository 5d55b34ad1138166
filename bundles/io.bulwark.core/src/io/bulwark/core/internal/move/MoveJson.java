package io.bulwark.core.internal.move;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.bulwark.core.internal.AtomicFiles;

/**
 * The JSON of plan files and move journals: stable (members in declaration order, map keys sorted, instants as ISO-8601
 * text, indented for a person reading it) and strict on reading (unknown members, trailing content and missing
 * primitives are refused).
 */
public final class MoveJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
            .build();

    private MoveJson() {
    }

    /**
     * @param value
     *            a record
     * @return its JSON
     * @throws IOException
     *             if it cannot be written as JSON
     */
    public static byte[] write(Object value) throws IOException {
        return MAPPER.writeValueAsBytes(value);
    }

    /**
     * Writes a record to a file atomically.
     *
     * @param file
     *            the file
     * @param value
     *            a record
     * @throws IOException
     *             if it cannot be written
     */
    public static void writeFile(Path file, Object value) throws IOException {
        AtomicFiles.write(file, write(value));
    }

    /**
     * @param <T>
     *            the record's type
     * @param json
     *            the JSON
     * @param type
     *            the record's type
     * @return the record
     * @throws IOException
     *             if it is not such a record ({@link com.fasterxml.jackson.core.JacksonException} for bad content)
     */
    public static <T> T read(byte[] json, Class<T> type) throws IOException {
        return MAPPER.readValue(json, type);
    }
}
