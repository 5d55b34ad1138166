package io.bulwark.server.internal.http;

import java.io.IOException;

import org.eclipse.jetty.http.HttpVersion;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import io.bulwark.protocol.WireJson;
import io.bulwark.server.internal.tls.ServerCertificate;

/**
 * The server's one listening port: a Jetty server with one connector, HTTPS with the server's certificate (or plain
 * HTTP when explicitly asked for), serving a single handler. Benchmarks build their baseline with the same class so
 * both sides use the identical transport.
 */
public final class ApiServer implements AutoCloseable {

    private static final long STOP_TIMEOUT_MILLIS = 5_000;

    private final Server jetty;
    private final ServerConnector connector;
    private final boolean tls;

    private ApiServer(Server jetty, ServerConnector connector, boolean tls) {
        this.jetty = jetty;
        this.connector = connector;
        this.tls = tls;
    }

    /**
     * Opens the port and starts serving.
     *
     * @param bindAddress
     *            the address to listen on, e.g. {@code 127.0.0.1}
     * @param port
     *            the port, {@code 0} for any free port
     * @param certificate
     *            the TLS identity, or {@code null} for plain HTTP
     * @param handler
     *            what serves the requests
     * @return the running server
     * @throws IOException
     *             if the port cannot be opened, e.g. because it is in use
     */
    public static ApiServer start(String bindAddress, int port, ServerCertificate certificate, Handler handler)
            throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("bulwark-http"); //$NON-NLS-1$
        Server jetty = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        ServerConnector connector;
        if (certificate == null) {
            connector = new ServerConnector(jetty, new HttpConnectionFactory(http));
        } else {
            SecureRequestCustomizer secure = new SecureRequestCustomizer();
            // Clients trust the certificate by fingerprint and may reach the server by any name, so a server name
            // indication that is not in the certificate is no reason to refuse the request.
            secure.setSniHostCheck(false);
            http.addCustomizer(secure);
            connector = new ServerConnector(jetty,
                    new SslConnectionFactory(sslContext(certificate), HttpVersion.HTTP_1_1.asString()),
                    new HttpConnectionFactory(http));
        }
        connector.setHost(bindAddress);
        connector.setPort(port);
        jetty.addConnector(connector);
        jetty.setHandler(handler);
        jetty.setErrorHandler(new JsonErrorHandler(WireJson.create(WireJson.UnknownMembers.REJECT)));
        jetty.setStopTimeout(STOP_TIMEOUT_MILLIS);
        try {
            jetty.start();
        } catch (Exception e) {
            stopQuietly(jetty, e);
            throw new IOException("Cannot listen on " + bindAddress + ":" + port + ": " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new ApiServer(jetty, connector, certificate != null);
    }

    private static SslContextFactory.Server sslContext(ServerCertificate certificate) {
        SslContextFactory.Server ssl = new SslContextFactory.Server();
        ssl.setKeyStore(certificate.keyStore());
        ssl.setKeyStorePassword(new String(certificate.password()));
        return ssl;
    }

    private static void stopQuietly(Server jetty, Exception startFailure) {
        try {
            jetty.stop();
        } catch (Exception e) {
            startFailure.addSuppressed(e);
        }
    }

    /** @return the port actually listened on (the chosen one when started with port 0) */
    public int port() {
        return connector.getLocalPort();
    }

    /** @return {@code https} or {@code http} */
    public String scheme() {
        return tls ? "https" : "http"; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * Stops accepting connections, lets requests in progress finish (for a few seconds at most) and closes the port.
     *
     * @throws IOException
     *             if Jetty fails to stop or the stop is interrupted
     */
    @Override
    public void close() throws IOException {
        try {
            jetty.stop();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while stopping the HTTP connector", e); //$NON-NLS-1$
        } catch (Exception e) {
            throw new IOException("The HTTP connector did not stop cleanly: " + e.getMessage(), e); //$NON-NLS-1$
        }
    }
}
