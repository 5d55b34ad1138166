package io.bulwark.server.internal.components.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.WireJson;

/**
 * The simulated source's HTTP interface: {@code GET /manifest.json}, {@code GET /files/...} for the files it lists, and
 * the test hooks {@code POST /admin/publish}, {@code POST /admin/corrupt}, {@code POST /admin/repair} and
 * {@code GET /admin/downloads}. The hooks have no authentication: the source is a simulation for loopback use.
 */
final class UpdateSourceHandler extends Handler.Abstract {

    /** Where the manifest is served. */
    static final String MANIFEST = "/manifest.json"; //$NON-NLS-1$

    private static final Logger LOG = LoggerFactory.getLogger(UpdateSourceHandler.class);
    private static final int BODY_LIMIT = 64 << 10;
    private static final int MAX_PUBLISH = 100;
    private static final String GET = "GET"; //$NON-NLS-1$
    private static final String POST = "POST"; //$NON-NLS-1$

    private final PublishedFiles files;
    private final WireJson json = WireJson.create(WireJson.UnknownMembers.REJECT);
    private final List<String> downloads = new ArrayList<>();

    UpdateSourceHandler(PublishedFiles files) {
        this.files = files;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        try {
            if (path.startsWith("/files/")) { //$NON-NLS-1$
                serveFile(method, path, response, callback);
                return true;
            }
            switch (path) {
                case MANIFEST -> {
                    require(method, GET, path);
                    reply(response, callback, 200, files.manifest());
                }
                case "/admin/downloads" -> { //$NON-NLS-1$
                    require(method, GET, path);
                    reply(response, callback, 200, new SourceRequests.Downloads(downloadsSoFar()));
                }
                case "/admin/publish" -> { //$NON-NLS-1$
                    require(method, POST, path);
                    publish(request, response, callback);
                }
                case "/admin/corrupt" -> { //$NON-NLS-1$
                    require(method, POST, path);
                    corrupt(request, response, callback);
                }
                case "/admin/repair" -> { //$NON-NLS-1$
                    require(method, POST, path);
                    files.repair();
                    reply(response, callback, 204, null);
                }
                default -> throw new Refusal(404, ErrorCodes.NOT_FOUND, "No resource at " + path); //$NON-NLS-1$
            }
        } catch (Refusal e) {
            reply(response, callback, e.status, ApiError.of(e.code, e.getMessage()));
        } catch (IOException | RuntimeException e) {
            LOG.error("{} {} failed", method, path, e); //$NON-NLS-1$
            reply(response, callback, 500, ApiError.of(ErrorCodes.INTERNAL, "The update source failed: " + e)); //$NON-NLS-1$
        }
        return true;
    }

    private void serveFile(String method, String path, Response response, Callback callback)
            throws Refusal, IOException {
        require(method, GET, path);
        Optional<Path> file = files.file(path);
        if (file.isEmpty()) {
            throw new Refusal(404, ErrorCodes.NOT_FOUND, "The source keeps no file at " + path); //$NON-NLS-1$
        }
        byte[] content = Files.readAllBytes(file.get());
        synchronized (downloads) {
            downloads.add(path);
        }
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/octet-stream"); //$NON-NLS-1$
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, content.length);
        response.write(true, ByteBuffer.wrap(content), callback);
    }

    private void publish(Request request, Response response, Callback callback)
            throws Refusal, IOException {
        SourceRequests.Publish body = body(request, SourceRequests.Publish.class);
        int count = body.count() == null ? 1 : body.count().intValue();
        if (count < 1 || count > MAX_PUBLISH) {
            throw new Refusal(400, ErrorCodes.INVALID_FIELD, "count must be 1 to " + MAX_PUBLISH); //$NON-NLS-1$
        }
        try {
            reply(response, callback, 200, files.publish(body.component(), count));
        } catch (IllegalArgumentException e) {
            throw new Refusal(400, ErrorCodes.INVALID_FIELD, e.getMessage());
        }
    }

    private void corrupt(Request request, Response response, Callback callback)
            throws Refusal, IOException {
        SourceRequests.Corrupt body = body(request, SourceRequests.Corrupt.class);
        if (body.path() == null || !files.corrupt(body.path())) {
            throw new Refusal(404, ErrorCodes.NOT_FOUND, "The source keeps no file at " + body.path()); //$NON-NLS-1$
        }
        reply(response, callback, 204, null);
    }

    private List<String> downloadsSoFar() {
        synchronized (downloads) {
            return List.copyOf(downloads);
        }
    }

    private <T> T body(Request request, Class<T> type) throws Refusal, IOException {
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] bytes = in.readNBytes(BODY_LIMIT + 1);
            if (bytes.length > BODY_LIMIT) {
                throw new Refusal(413, ErrorCodes.PAYLOAD_TOO_LARGE, "The body is larger than " + BODY_LIMIT); //$NON-NLS-1$
            }
            return json.read(bytes.length == 0 ? "{}".getBytes(StandardCharsets.US_ASCII) : bytes, //$NON-NLS-1$
                    type);
        } catch (WireFormatException e) {
            throw new Refusal(400, ErrorCodes.BAD_REQUEST, e.getMessage());
        }
    }

    private static void require(String method, String expected, String path) throws Refusal {
        if (!expected.equals(method)) {
            throw new Refusal(405, ErrorCodes.METHOD_NOT_ALLOWED, path + " supports only " + expected); //$NON-NLS-1$
        }
    }

    private void reply(Response response, Callback callback, int status, Object body) {
        response.setStatus(status);
        byte[] bytes = body == null ? new byte[0] : json.write(body);
        if (body != null) {
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, WireJson.MEDIA_TYPE);
        }
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    /** A request the source refuses, with its status. */
    private static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;
        final int status;
        final String code;

        Refusal(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }
}
