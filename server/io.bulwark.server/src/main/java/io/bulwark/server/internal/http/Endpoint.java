package io.bulwark.server.internal.http;

import org.eclipse.jetty.server.Request;

/**
 * One method on one API resource, e.g. {@code GET /api/v1/server}.
 */
@FunctionalInterface
public interface Endpoint {

    /**
     * @param request
     *            the request; its body, if any, is still unread
     * @return the reply to send
     * @throws Exception
     *             any failure, answered with a 500 error body and logged
     */
    ApiReply handle(Request request) throws Exception;
}
