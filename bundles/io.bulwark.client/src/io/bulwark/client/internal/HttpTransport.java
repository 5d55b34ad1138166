package io.bulwark.client.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;

import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.HostnameVerificationPolicy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.io.HttpClientResponseHandler;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

import io.bulwark.client.ServerAddress;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.FingerprintTrust;

/**
 * The HTTP connections to one server under one trust decision: a pool of its own (so one slow server never holds
 * connections another needs), TLS that accepts exactly the pinned certificate, and no retries, redirects, cookies or
 * compression of HttpClient's own: {@link ApiCaller} decides what is repeated. A new pin means a new transport.
 */
final class HttpTransport implements AutoCloseable {

    /** Connections per server: enough for parallel jobs plus the event stream. */
    private static final int MAX_CONNECTIONS = 12;
    private static final Timeout CONNECT_TIMEOUT = Timeout.ofSeconds(10);
    private static final Timeout SOCKET_TIMEOUT = Timeout.ofSeconds(60);
    /** A pooled connection idle this long is checked before reuse: a restarted server has closed it. */
    private static final TimeValue VALIDATE_AFTER = TimeValue.ofMilliseconds(500);

    private final FingerprintTrust trust;
    private final CloseableHttpClient client;

    HttpTransport(ServerAddress address, CertificateFingerprint pinned) {
        PoolingHttpClientConnectionManagerBuilder connections = PoolingHttpClientConnectionManagerBuilder.create()
                .setMaxConnTotal(MAX_CONNECTIONS).setMaxConnPerRoute(MAX_CONNECTIONS)
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(CONNECT_TIMEOUT)
                        .setSocketTimeout(SOCKET_TIMEOUT).setValidateAfterInactivity(VALIDATE_AFTER).build());
        if (address.tls()) {
            trust = FingerprintTrust.confirmedOnly(pinned);
            // The certificate is pinned, so the host name need not match it: a server may be reached by any address.
            connections.setTlsSocketStrategy(ClientTlsStrategyBuilder.create().setSslContext(trust.sslContext())
                    .setHostVerificationPolicy(HostnameVerificationPolicy.CLIENT)
                    .setHostnameVerifier(NoopHostnameVerifier.INSTANCE).buildClassic());
        } else {
            trust = null;
        }
        PoolingHttpClientConnectionManager manager = connections.build();
        client = HttpClients.custom().setConnectionManager(manager).disableAutomaticRetries()
                .disableRedirectHandling().disableCookieManagement().disableContentCompression()
                .disableAuthCaching().evictIdleConnections(TimeValue.of(30, TimeUnit.SECONDS)).build();
    }

    /** @return the trust of a TLS server, or {@code null} for plain HTTP */
    FingerprintTrust trust() {
        return trust;
    }

    /** @return the pinned fingerprint, or {@code null} */
    CertificateFingerprint pinned() {
        return trust == null ? null : trust.pinned();
    }

    <T> T execute(ClassicHttpRequest request, HttpClientResponseHandler<T> handler) throws IOException {
        return client.execute(request, handler);
    }

    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE);
    }
}
