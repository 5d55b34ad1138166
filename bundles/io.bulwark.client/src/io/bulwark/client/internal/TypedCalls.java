package io.bulwark.client.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerException;
import io.bulwark.client.Versioned;
import io.bulwark.protocol.ApiHeaders;
import io.bulwark.protocol.WireFormatException;

/** The shapes of the client's calls: a JSON read, a JSON mutation, a read that carries its version. */
public final class TypedCalls {

    private final ApiCaller caller;

    /**
     * @param caller
     *            sends the calls
     */
    public TypedCalls(ApiCaller caller) {
        this.caller = caller;
    }

    /**
     * @param <T>
     *            the answer's type
     * @param path
     *            the API path
     * @param type
     *            the answer's type
     * @param monitor
     *            cancels the call
     * @return the answer
     * @throws ServerException
     *             if the call fails
     */
    public <T> T get(String path, Class<T> type, IProgressMonitor monitor) throws ServerException {
        return caller.send(Call.get(path), ApiCaller.json(type), monitor);
    }

    /**
     * @param <T>
     *            the answer's type
     * @param method
     *            the HTTP method
     * @param path
     *            the API path
     * @param body
     *            the request record
     * @param idempotencyKey
     *            the key repeated on every attempt, or {@code null} for a new one
     * @param type
     *            the answer's type
     * @param monitor
     *            cancels the call
     * @return the answer
     * @throws ServerException
     *             if the call fails
     */
    public <T> T mutate(String method, String path, Object body, String idempotencyKey, Class<T> type,
            IProgressMonitor monitor) throws ServerException {
        return caller.send(Call.mutation(method, path, ApiCaller.JSON.write(body), idempotencyKey),
                ApiCaller.json(type), monitor);
    }

    /**
     * @param <T>
     *            the answer's type
     * @param type
     *            the answer's type
     * @return a reader of an answer with its {@code ETag}
     */
    public <T> AnswerReader<Versioned<T>> versioned(Class<T> type) {
        ServerAddress address = caller.address();
        return answer -> {
            String etag = answer.header(ApiHeaders.ETAG);
            if (etag == null) {
                throw new WireFormatException(NLS.bind(Messages.ServerClient_missingETag, address), null);
            }
            return new Versioned<>(ApiCaller.JSON.read(answer.body(), type), etag);
        };
    }
}
