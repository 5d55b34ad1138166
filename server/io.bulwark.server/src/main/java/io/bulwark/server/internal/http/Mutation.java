package io.bulwark.server.internal.http;

/**
 * One method on one API resource that changes state. The {@link ApiHandler} runs it inside one database transaction
 * together with its audit entries and the record of its {@code Idempotency-Key}, so that either all of them are stored
 * or none; the change events it publishes reach the event stream only after the commit.
 */
@FunctionalInterface
public interface Mutation {

    /**
     * @param request
     *            the request, its caller authenticated
     * @param change
     *            the transaction, the audit log and the event feed of this change
     * @return the reply to send
     * @throws ApiException
     *             to refuse the change; nothing of it is stored
     * @throws Exception
     *             any other failure, answered with a 500 error body and logged; nothing is stored
     */
    ApiReply apply(ApiRequest request, Change change) throws Exception;
}
