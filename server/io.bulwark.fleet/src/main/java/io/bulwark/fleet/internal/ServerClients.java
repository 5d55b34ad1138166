package io.bulwark.fleet.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.net.ssl.SSLContext;

import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.FingerprintTrust;

/**
 * One {@link AgentClient} per server the fleet's agents talk to, shared by every agent whose home is that server and
 * pinned to that server's certificate; created when the first agent needs it. A server is known by its URL and
 * fingerprint together, so a server that presents another certificate than its agents pinned is never trusted.
 */
final class ServerClients implements AutoCloseable {

    private record Key(String url, String fingerprint) {
    }

    private final String enrolmentKey;
    private final int maxInFlight;
    private final Map<Key, AgentClient> clients = new ConcurrentHashMap<>();
    /**
     * The same clients by the URL and fingerprint as agents spell them, so a request need not parse the fingerprint.
     */
    private final Map<Key, AgentClient> spelled = new ConcurrentHashMap<>();

    /**
     * @param enrolmentKey
     *            the enrolment key the agents present when they register, or {@code null}
     * @param maxInFlight
     *            how many requests each server's client keeps in flight at most
     */
    ServerClients(String enrolmentKey, int maxInFlight) {
        this.enrolmentKey = enrolmentKey;
        this.maxInFlight = maxInFlight;
    }

    /**
     * @param home
     *            a server, with the fingerprint to pin if it is reached over HTTPS
     * @return the client of that server
     * @throws IllegalArgumentException
     *             if an HTTPS server comes without a fingerprint
     */
    AgentClient of(HomeServer home) {
        return of(home.url(), home.fingerprint());
    }

    /**
     * @param url
     *            a server's base URL
     * @param fingerprint
     *            the fingerprint to pin if it is reached over HTTPS, else {@code null}
     * @return the client of that server
     * @throws IllegalArgumentException
     *             if an HTTPS server comes without a fingerprint
     */
    AgentClient of(String url, String fingerprint) {
        return spelled.computeIfAbsent(new Key(url, fingerprint), raw -> clients.computeIfAbsent(
                new Key(url, fingerprint == null ? null : CertificateFingerprint.parse(fingerprint).toString()),
                this::create));
    }

    private AgentClient create(Key key) {
        URI server = URI.create(key.url());
        SSLContext tls = null;
        if ("https".equalsIgnoreCase(server.getScheme())) { //$NON-NLS-1$
            if (key.fingerprint() == null) {
                throw new IllegalArgumentException("No certificate fingerprint to pin for " + key.url()); //$NON-NLS-1$
            }
            tls = FingerprintTrust.pinned(CertificateFingerprint.parse(key.fingerprint())).sslContext();
        }
        return new AgentClient(server, tls, enrolmentKey, maxInFlight);
    }

    /** @return every client created so far */
    List<AgentClient> all() {
        return new ArrayList<>(clients.values());
    }

    @Override
    public void close() {
        clients.values().forEach(AgentClient::close);
    }
}
