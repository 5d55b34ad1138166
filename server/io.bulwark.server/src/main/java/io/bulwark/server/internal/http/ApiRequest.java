package io.bulwark.server.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ApiHeaders;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.WireJson;
import io.bulwark.server.internal.accounts.Caller;

/**
 * A request as endpoints see it: its template values, query parameters and headers, its authenticated caller, and its
 * JSON body read at most once, within the size limit, and decoded strictly (unknown members are errors).
 */
public final class ApiRequest {

    /** The largest body the API accepts unless a route says otherwise: 1 MiB. */
    public static final int DEFAULT_BODY_LIMIT = 1 << 20;

    /** Bodies declared at most this long are read into an array of their length at once. */
    private static final int EXACT_READ_LIMIT = 64 * 1024;

    private final Request request;
    private final Map<String, String> parameters;
    private final Caller caller;
    private final WireJson json;
    private final int bodyLimit;
    private Fields query;
    private byte[] body;

    ApiRequest(Request request, Map<String, String> parameters, Caller caller, WireJson json, int bodyLimit) {
        this.request = request;
        this.parameters = parameters;
        this.caller = caller;
        this.json = json;
        this.bodyLimit = bodyLimit;
    }

    /** @return the HTTP method */
    public String method() {
        return request.getMethod();
    }

    /** @return the path, without the query */
    public String path() {
        return Request.getPathInContext(request);
    }

    /**
     * @param name
     *            a template segment name, e.g. {@code id} of {@code /domains/{id}}
     * @return its value in this request
     * @throws IllegalArgumentException
     *             if the route has no such segment (a programming error)
     */
    public String pathParameter(String name) {
        String value = parameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("The route of " + path() + " has no {" + name + "}"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return value;
    }

    /**
     * @param name
     *            a template segment holding a numeric id
     * @return its value
     * @throws ApiException
     *             404 if it is not a number, since then no such resource exists
     */
    public long pathId(String name) throws ApiException {
        String value = pathParameter(name);
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.notFound("No resource at " + path() + ": \"" + value + "\" is not an id"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    /**
     * @param name
     *            a query parameter
     * @return its value, empty if absent
     * @throws ApiException
     *             400 if it is given more than once
     */
    public Optional<String> query(String name) throws ApiException {
        if (query == null) {
            query = Request.extractQueryParameters(request);
        }
        Fields.Field field = query.get(name);
        if (field == null) {
            return Optional.empty();
        }
        if (field.getValues().size() > 1) {
            throw ApiException.invalid(name, "The query parameter " + name + " is given more than once"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return Optional.of(field.getValue());
    }

    /**
     * @param name
     *            a query parameter
     * @param defaultValue
     *            the value when absent
     * @param min
     *            the smallest accepted value
     * @param max
     *            the largest accepted value
     * @return its value
     * @throws ApiException
     *             400 if it is not an integer in {@code min..max}
     */
    public int queryInt(String name, int defaultValue, int min, int max) throws ApiException {
        Optional<String> text = query(name);
        if (text.isEmpty()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(text.get());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw ApiException.invalid(name, "The query parameter " + name + " must be an integer from " + min + " to " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + max + ", was \"" + text.get() + "\""); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param name
     *            a header name
     * @return its value, empty if absent
     */
    public Optional<String> header(String name) {
        return Optional.ofNullable(request.getHeaders().get(name));
    }

    /** @return the token of {@code Authorization: Bearer <token>}, or {@code null} if the request has none */
    public String bearerToken() {
        return bearerToken(request);
    }

    /**
     * @param request
     *            a request
     * @return the token of its {@code Authorization: Bearer <token>}, or {@code null} if it has none
     */
    static String bearerToken(Request request) {
        String value = request.getHeaders().get(ApiHeaders.AUTHORIZATION);
        if (value == null || !value.regionMatches(true, 0, ApiHeaders.BEARER_PREFIX, 0,
                ApiHeaders.BEARER_PREFIX.length())) {
            return null;
        }
        return value.substring(ApiHeaders.BEARER_PREFIX.length()).strip();
    }

    /** @return the caller's address, e.g. {@code 127.0.0.1} */
    public String remoteAddress() {
        return Request.getRemoteAddr(request);
    }

    /**
     * @return the authenticated account
     * @throws IllegalStateException
     *             on a public or agent route, which has none
     */
    public Caller caller() {
        if (caller == null) {
            throw new IllegalStateException(path() + " has no authenticated caller"); //$NON-NLS-1$
        }
        return caller;
    }

    /** @return the underlying Jetty request, for endpoints that stream */
    public Request jetty() {
        return request;
    }

    /**
     * Decodes the JSON body.
     *
     * @param <T>
     *            the expected record type
     * @param type
     *            the expected record type
     * @return the body
     * @throws ApiException
     *             415 if it is not JSON, 413 if it is too large, 400 if it is not a valid {@code type}
     */
    public <T> T body(Class<T> type) throws ApiException {
        byte[] bytes = bodyBytes();
        if (bytes.length == 0) {
            throw new ApiException(400, ErrorCodes.BAD_REQUEST,
                    method() + " " + path() + " needs a JSON " + type.getSimpleName() + " body"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        String contentType = header(HttpHeader.CONTENT_TYPE.asString()).orElse("").toLowerCase(Locale.ROOT); //$NON-NLS-1$
        if (!contentType.startsWith(WireJson.MEDIA_TYPE)) {
            throw new ApiException(415, ErrorCodes.UNSUPPORTED_MEDIA_TYPE,
                    "The body must be " + WireJson.MEDIA_TYPE + ", was \"" + contentType + "\""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        try {
            return json.read(bytes, type);
        } catch (WireFormatException e) {
            if (e.field() != null) {
                throw ApiException.invalid(e.field(), e.getMessage());
            }
            throw new ApiException(400, ErrorCodes.BAD_REQUEST, e.getMessage());
        }
    }

    /**
     * @return the raw body, read once and kept; empty if there is none
     * @throws ApiException
     *             413 if it is larger than the limit
     */
    public byte[] bodyBytes() throws ApiException {
        if (body != null) {
            return body;
        }
        long declared = request.getLength();
        if (declared > bodyLimit) {
            throw tooLarge();
        }
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] read = declared >= 0 && declared <= EXACT_READ_LIMIT
                    ? declared(in, (int) declared)
                    : in.readNBytes(bodyLimit + 1);
            if (read.length > bodyLimit) {
                throw tooLarge();
            }
            body = read;
            return body;
        } catch (IOException e) {
            throw new ApiException(400, ErrorCodes.BAD_REQUEST,
                    "The request body could not be read: " + e.getMessage()); //$NON-NLS-1$
        }
    }

    /**
     * Reads a body of a declared length into an array of that length: {@link InputStream#readNBytes(int)} would take a
     * buffer of 16 KiB for every request, most of whose bodies are a few hundred bytes. Only up to
     * {@link #EXACT_READ_LIMIT}: a larger declared length is not trusted with an array before its bytes arrive.
     */
    private static byte[] declared(InputStream in, int length) throws IOException {
        byte[] read = new byte[length];
        int got = in.readNBytes(read, 0, length);
        return got == length ? read : Arrays.copyOf(read, got);
    }

    private ApiException tooLarge() {
        return new ApiException(413, new ApiError(ErrorCodes.PAYLOAD_TOO_LARGE,
                "The body is larger than the " + bodyLimit + " bytes this server accepts", //$NON-NLS-1$ //$NON-NLS-2$
                Map.of("limit", Integer.valueOf(bodyLimit))), Map.of()); //$NON-NLS-1$
    }
}
