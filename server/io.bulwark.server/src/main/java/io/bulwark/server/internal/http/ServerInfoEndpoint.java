package io.bulwark.server.internal.http;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.IntSupplier;

import io.bulwark.protocol.AgentCounts;
import io.bulwark.protocol.ApiHeaders;
import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.components.ComponentVersion;
import io.bulwark.server.internal.storage.Database;
import io.bulwark.server.internal.storage.ServerIdentity;

/**
 * {@code GET /api/v1/server}: the server's public identity, readable before login; with a valid bearer token also its
 * id and what it manages (its agents, by status).
 */
public final class ServerInfoEndpoint implements Endpoint {

    /**
     * Counts the server's agents by status.
     */
    @FunctionalInterface
    public interface AgentCensus {
        /**
         * @param connection
         *            an open connection
         * @return how many agents are in each status
         * @throws SQLException
         *             if they cannot be counted
         */
        AgentCounts count(Connection connection) throws SQLException;
    }

    private final ServerIdentity identity;
    private final String version;
    private final IntSupplier listeningPort;
    private final Authenticator authenticator;
    private final Database database;
    private final AgentCensus census;
    private final ComponentVersions components;

    /**
     * Reads the component versions the server holds.
     */
    @FunctionalInterface
    public interface ComponentVersions {
        /**
         * @param connection
         *            an open connection
         * @return the versions, by name
         * @throws SQLException
         *             if they cannot be read
         */
        List<ComponentVersion> read(Connection connection) throws SQLException;
    }

    /**
     * @param identity
     *            the server's identity
     * @param version
     *            the server's software version
     * @param listeningPort
     *            the actual listening port, known once the connector is open
     * @param authenticator
     *            recognises a logged-in caller
     * @param database
     *            answers the counts
     * @param census
     *            counts agents by status
     * @param components
     *            reads the component versions
     */
    public ServerInfoEndpoint(ServerIdentity identity, String version, IntSupplier listeningPort,
            Authenticator authenticator, Database database, AgentCensus census, ComponentVersions components) {
        this.identity = identity;
        this.version = version;
        this.listeningPort = listeningPort;
        this.authenticator = authenticator;
        this.database = database;
        this.census = census;
        this.components = components;
    }

    @Override
    public ApiReply handle(ApiRequest request) throws Exception {
        if (request.header(ApiHeaders.AUTHORIZATION).isEmpty()) {
            return ApiReply.ok(ServerInfo.publicView(identity.name(), version, listeningPort.getAsInt()));
        }
        // A caller that sends a token wants the full view; a bad token is an error, not a silent public view.
        authenticator.authenticate(request.bearerToken());
        AgentCounts agents;
        List<ComponentVersion> versions;
        try (Connection connection = database.connection()) {
            agents = census.count(connection);
            versions = components.read(connection);
        }
        return ApiReply.ok(new ServerInfo(identity.name(), version, listeningPort.getAsInt(), identity.serverId(),
                Long.valueOf(agents.total()), agents, versions));
    }
}
