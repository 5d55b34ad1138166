package io.bulwark.protocol;

import java.io.Closeable;
import java.io.IOException;

/**
 * Writes records as NDJSON ({@link WireJson#NDJSON_MEDIA_TYPE}): one JSON document per line, each line ended by a line
 * feed, through one encoder for the whole stream so that long lists cost no more than their bytes.
 * <p>
 * Not thread-safe; {@link #close()} flushes and leaves the underlying stream open.
 */
public interface JsonLines extends Closeable {

    /**
     * Writes one record as one line.
     *
     * @param value
     *            a protocol record
     * @throws IOException
     *             if the stream cannot be written
     */
    void write(Object value) throws IOException;

    /**
     * Pushes what is buffered to the underlying stream.
     *
     * @throws IOException
     *             if the stream cannot be written
     */
    void flush() throws IOException;
}
