package io.bulwark.client.internal;

import java.io.IOException;

/**
 * Turns a successful answer into a result, reading its body as it arrives.
 *
 * @param <T>
 *            the result
 */
@FunctionalInterface
public interface AnswerReader<T> {

    /**
     * @param answer
     *            the answer, status 2xx
     * @return the result
     * @throws IOException
     *             if the body cannot be read
     */
    T read(Answer answer) throws IOException;
}
