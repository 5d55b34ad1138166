package io.bulwark.server.internal.components;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.components.Component;
import io.bulwark.server.internal.http.Access;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiReply;
import io.bulwark.server.internal.http.ApiRequest;
import io.bulwark.server.internal.http.RouteTable;
import io.bulwark.server.internal.http.StreamedBody;
import io.bulwark.server.internal.storage.Database;

/**
 * Component downloads for agents: {@code GET /agent/v1/components/{name}/full/{version}} (only the version the server
 * holds) and {@code GET /agent/v1/components/{name}/increments/{from}} (the increments it keeps). Files are streamed
 * with {@code Content-Length}, {@code ETag} (the quoted lower-case hex SHA-256) and {@code Repr-Digest} (RFC 9530); any
 * other version is a 404.
 */
public final class AgentComponentEndpoints {

    /** The media type of component files. */
    public static final String MEDIA_TYPE = "application/octet-stream"; //$NON-NLS-1$

    private static final String FULL = ApiPaths.AGENT_COMPONENTS + "/{name}/full/{version}"; //$NON-NLS-1$
    private static final String INCREMENT = ApiPaths.AGENT_COMPONENTS + "/{name}/increments/{from}"; //$NON-NLS-1$

    private final Database database;
    private final ComponentStore store;
    private final ComponentFiles files;

    /**
     * @param database
     *            the server's database
     * @param store
     *            the component tables
     * @param files
     *            the component files
     */
    public AgentComponentEndpoints(Database database, ComponentStore store, ComponentFiles files) {
        this.database = database;
        this.store = store;
        this.files = files;
    }

    /**
     * @param routes
     *            receives the download routes
     */
    public void register(RouteTable routes) {
        routes.add("GET", FULL, Access.AGENT, this::full) //$NON-NLS-1$
                .add("GET", INCREMENT, Access.AGENT, this::increment); //$NON-NLS-1$
    }

    private ApiReply full(ApiRequest request) throws Exception {
        String name = name(request);
        long version = request.pathId("version"); //$NON-NLS-1$
        Optional<Component> component;
        try (Connection connection = database.connection()) {
            component = store.find(connection, name);
        }
        if (component.isEmpty() || component.get().version() != version) {
            throw ApiException.notFound("This server does not offer version " + version + " of " + name //$NON-NLS-1$ //$NON-NLS-2$
                    + component.map(c -> "; it holds version " + c.version()).orElse("")); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return stream(files.full(name, version), component.get().size(), component.get().sha256());
    }

    private ApiReply increment(ApiRequest request) throws Exception {
        String name = name(request);
        long from = request.pathId("from"); //$NON-NLS-1$
        Optional<StoredIncrement> increment;
        try (Connection connection = database.connection()) {
            increment = store.increment(connection, name, from);
        }
        if (increment.isEmpty()) {
            throw ApiException.notFound("This server keeps no increment of " + name + " from version " + from //$NON-NLS-1$ //$NON-NLS-2$
                    + "; download the full file"); //$NON-NLS-1$
        }
        return stream(files.increment(name, from), increment.get().size(), increment.get().sha256());
    }

    private static String name(ApiRequest request) throws ApiException {
        String name = request.pathParameter("name"); //$NON-NLS-1$
        if (!ComponentFiles.NAME.matcher(name).matches()) {
            throw ApiException.notFound("There is no component named \"" + name + "\""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return name;
    }

    /** Opens the file before answering, so a newer version replacing it meanwhile cannot cut the download short. */
    private static ApiReply stream(Path file, long size, String sha256) throws IOException, ApiException {
        InputStream in;
        try {
            in = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw ApiException.notFound("The file " + file.getFileName() + " is missing on the server"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256));
        Map<String, String> headers = Map.of("Content-Length", Long.toString(size), //$NON-NLS-1$
                "ETag", "\"" + sha256 + "\"", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "Repr-Digest", "sha-256=:" + digest + ":"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return new ApiReply(200, new FileBody(in), headers);
    }

    /** A file as the body of a reply; the stream is closed once written. */
    private record FileBody(InputStream in) implements StreamedBody {
        @Override
        public String mediaType() {
            return MEDIA_TYPE;
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            try (InputStream file = in) {
                file.transferTo(out);
            }
        }
    }
}
