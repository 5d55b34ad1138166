package io.bulwark.server.internal.http;

import java.util.function.IntSupplier;
import java.util.function.Supplier;

import org.eclipse.jetty.server.Request;

import io.bulwark.protocol.ServerInfo;

/**
 * {@code GET /api/v1/server}: the server's public identity, readable before login.
 */
public final class ServerInfoEndpoint implements Endpoint {

    private final Supplier<String> name;
    private final String version;
    private final IntSupplier listeningPort;

    /**
     * @param name
     *            the server's current display name
     * @param version
     *            the server's software version
     * @param listeningPort
     *            the actual listening port, known once the connector is open
     */
    public ServerInfoEndpoint(Supplier<String> name, String version, IntSupplier listeningPort) {
        this.name = name;
        this.version = version;
        this.listeningPort = listeningPort;
    }

    @Override
    public ApiReply handle(Request request) {
        return ApiReply.ok(ServerInfo.publicView(name.get(), version, listeningPort.getAsInt()));
    }
}
