package io.bulwark.protocol.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.bulwark.protocol.JsonLines;
import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.admin.AgentSummary;

/**
 * The Jackson configuration behind {@link io.bulwark.protocol.WireJson}, kept out of the exported package so that
 * callers never depend on Jackson types.
 */
public final class JacksonWireMapper {

    private final ObjectMapper mapper;

    /**
     * @param rejectUnknownMembers
     *            whether a member without a matching record component is an error
     */
    public JacksonWireMapper(boolean rejectUnknownMembers) {
        this.mapper = JsonMapper.builder()
                .defaultPropertyInclusion(
                        JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, rejectUnknownMembers)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                // A number is a number: "3" is not accepted for 3, nor 1.5 for an integer, nor 1 for true.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                // Nor is 42 or true a text: a string member takes only a JSON string.
                .withCoercionConfig(LogicalType.Textual,
                        config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                // Instants travel as ISO-8601 text ("2026-11-23T10:15:30Z"), readable in logs and by any client.
                .addModule(new JavaTimeModule())
                // The record every agent list streams, written field by field (same JSON, far less work).
                .addModule(new SimpleModule().addSerializer(AgentSummary.class, new AgentSummaryWriter()))
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .build();
    }

    /**
     * @param value
     *            the value to encode
     * @return UTF-8 JSON
     */
    public byte[] write(Object value) {
        try {
            return mapper.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new WireFormatException("Cannot write " + typeName(value) + " as JSON: " + e.getOriginalMessage(), //$NON-NLS-1$ //$NON-NLS-2$
                    e);
        }
    }

    /**
     * @param <T>
     *            the expected type
     * @param json
     *            UTF-8 JSON
     * @param type
     *            the expected type
     * @return the decoded value
     */
    public <T> T read(byte[] json, Class<T> type) {
        try {
            return requireDocument(mapper.readValue(json, type), type);
        } catch (IOException e) {
            throw failure(type, e);
        }
    }

    /**
     * @param <T>
     *            the expected type
     * @param json
     *            a stream of UTF-8 JSON, left open
     * @param type
     *            the expected type
     * @return the decoded value
     */
    public <T> T read(InputStream json, Class<T> type) {
        try (JsonParser parser = mapper.createParser(json)) {
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            return requireDocument(mapper.readValue(parser, type), type);
        } catch (IOException e) {
            throw failure(type, e);
        }
    }

    /**
     * @param out
     *            where the lines go; left open when the writer is closed
     * @return an NDJSON writer with a buffer of its own
     */
    public JsonLines lines(OutputStream out) {
        return new NdjsonWriter(out, this);
    }

    /**
     * @param <T>
     *            the expected type
     * @param parsed
     *            parsed JSON (maps, lists, scalars)
     * @param type
     *            the expected type
     * @return the converted value
     */
    public <T> T convert(Object parsed, Class<T> type) {
        try {
            return requireDocument(mapper.convertValue(parsed, type), type);
        } catch (IllegalArgumentException e) {
            throw new WireFormatException("Not a valid JSON " + type.getSimpleName() + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static <T> T requireDocument(T value, Class<T> type) {
        if (value == null) {
            throw new WireFormatException(
                    "Expected a JSON " + type.getSimpleName() + " but the document is empty or null", //$NON-NLS-1$ //$NON-NLS-2$
                    null);
        }
        return value;
    }

    private static WireFormatException failure(Class<?> type, IOException e) {
        StringBuilder message = new StringBuilder("Not a valid JSON ").append(type.getSimpleName()); //$NON-NLS-1$
        if (e instanceof JsonProcessingException processing) {
            JsonLocation location = processing.getLocation();
            if (location != null && location.getLineNr() > 0) {
                message.append(" at line ").append(location.getLineNr()) //$NON-NLS-1$
                        .append(", column ").append(location.getColumnNr()); //$NON-NLS-1$
            }
            String field = e instanceof JsonMappingException mapping ? path(mapping) : null;
            if (field != null) {
                message.append(", member ").append(field); //$NON-NLS-1$
            }
            message.append(": ").append(firstLine(processing.getOriginalMessage())); //$NON-NLS-1$
            return new WireFormatException(message.toString(), field, e);
        }
        message.append(": cannot read the input: ").append(e.getMessage()); //$NON-NLS-1$
        return new WireFormatException(message.toString(), e);
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : mapping.getPath()) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "no detail"; //$NON-NLS-1$
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }

    private static String typeName(Object value) {
        return value == null ? "null" : value.getClass().getSimpleName(); //$NON-NLS-1$
    }
}
