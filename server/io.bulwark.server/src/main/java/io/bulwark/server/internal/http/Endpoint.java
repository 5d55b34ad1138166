package io.bulwark.server.internal.http;

/**
 * One method on one API resource that only reads, e.g. {@code GET /api/v1/server}. Changes go through {@link Mutation}.
 */
@FunctionalInterface
public interface Endpoint {

    /**
     * @param request
     *            the request, its caller already authenticated as the route demands
     * @return the reply to send
     * @throws ApiException
     *             to answer with an error
     * @throws Exception
     *             any other failure, answered with a 500 error body and logged
     */
    ApiReply handle(ApiRequest request) throws Exception;
}
