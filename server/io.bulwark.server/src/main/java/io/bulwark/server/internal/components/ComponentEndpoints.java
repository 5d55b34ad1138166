package io.bulwark.server.internal.components;

import java.sql.Connection;
import java.util.Map;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.components.ComponentUpdateJob;
import io.bulwark.server.internal.http.Access;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiReply;
import io.bulwark.server.internal.http.ApiRequest;
import io.bulwark.server.internal.http.Change;
import io.bulwark.server.internal.http.RouteTable;
import io.bulwark.server.internal.storage.Database;

/**
 * The server's components: {@code GET /api/v1/components} lists their versions; {@code POST /api/v1/components/update}
 * ("update server now") starts fetching from the update source and answers {@code 202} with the run, whose progress
 * {@code GET /api/v1/components/update} shows. Root and administrators may start an update (it changes no domain, and
 * agents only take the new versions when notified); read-only operators may not.
 */
public final class ComponentEndpoints {

    private final Database database;
    private final ComponentStore store;
    private final ServerUpdater updater;

    /**
     * @param database
     *            the server's database
     * @param store
     *            the component tables
     * @param updater
     *            runs updates
     */
    public ComponentEndpoints(Database database, ComponentStore store, ServerUpdater updater) {
        this.database = database;
        this.store = store;
        this.updater = updater;
    }

    /**
     * @param routes
     *            receives the component routes
     */
    public void register(RouteTable routes) {
        routes.add("GET", ApiPaths.COMPONENTS, Access.SESSION, this::list) //$NON-NLS-1$
                .add("GET", ApiPaths.COMPONENTS_UPDATE, Access.SESSION, this::latest) //$NON-NLS-1$
                .change("POST", ApiPaths.COMPONENTS_UPDATE, this::update); //$NON-NLS-1$
    }

    private ApiReply list(ApiRequest request) throws Exception {
        try (Connection connection = database.connection()) {
            return ApiReply.ok(store.list(connection));
        }
    }

    private ApiReply latest(ApiRequest request) throws Exception {
        return ApiReply.ok(updater.latest()
                .orElseThrow(() -> ApiException.notFound("No update of the server has run since it started"))); //$NON-NLS-1$
    }

    private ApiReply update(ApiRequest request, Change change) throws Exception {
        request.caller().requireWriter();
        if (request.bodyBytes().length > 0 && !request.body(Map.class).isEmpty()) {
            throw ApiException.invalid("body", "Updating the server takes no parameters: send no body or {}"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        ComponentUpdateJob job = updater.start(request.caller().user(), request.remoteAddress());
        change.audit("component.update.start", "components", null, job); //$NON-NLS-1$ //$NON-NLS-2$
        return new ApiReply(202, job, Map.of("Location", ApiPaths.COMPONENTS_UPDATE)); //$NON-NLS-1$
    }
}
