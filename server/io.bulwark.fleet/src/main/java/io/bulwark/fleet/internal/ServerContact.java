package io.bulwark.fleet.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import javax.net.ssl.SSLException;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.FingerprintTrust;
import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.WireJson;

/**
 * Reaches a management server the way an agent will: over HTTPS, trusting only the pinned certificate (or, on first
 * use, recording the one presented), and asks it who it is.
 */
public final class ServerContact {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI server;
    private final WireJson json = WireJson.create(WireJson.UnknownMembers.IGNORE);

    /**
     * What the server answered.
     *
     * @param info
     *            the server's identity
     * @param fingerprint
     *            the fingerprint of the certificate it presented, {@code null} over plain HTTP
     */
    public record Answer(ServerInfo info, CertificateFingerprint fingerprint) {
    }

    /**
     * @param server
     *            the server's base URL, e.g. {@code https://127.0.0.1:4343}
     */
    public ServerContact(URI server) {
        this.server = server;
    }

    /**
     * @param expected
     *            the pinned fingerprint, or {@code null} to trust the presented certificate on first use
     * @return the server's identity and the fingerprint it presented
     * @throws FingerprintMismatchException
     *             if the server presented a different certificate than the pinned one
     * @throws IOException
     *             if the server cannot be reached or answers something else than its identity
     * @throws InterruptedException
     *             if interrupted while waiting for the answer
     */
    public Answer serverInfo(CertificateFingerprint expected) throws IOException, InterruptedException {
        FingerprintTrust trust = expected == null ? FingerprintTrust.firstUse() : FingerprintTrust.pinned(expected);
        HttpRequest request = HttpRequest.newBuilder(server.resolve(ApiPaths.SERVER))
                .timeout(TIMEOUT)
                .header("Accept", WireJson.MEDIA_TYPE) //$NON-NLS-1$
                .GET()
                .build();
        try (HttpClient client = HttpClient.newBuilder()
                .sslContext(trust.sslContext())
                .connectTimeout(TIMEOUT)
                .build()) {
            HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(readInfo(response), trust.presented());
        } catch (SSLException e) {
            CertificateFingerprint presented = trust.presented();
            if (expected != null && presented != null && !presented.equals(expected)) {
                throw new FingerprintMismatchException(expected, presented, e);
            }
            throw new IOException("TLS handshake with " + server + " failed: " + e.getMessage(), e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private ServerInfo readInfo(HttpResponse<byte[]> response) throws IOException {
        try {
            if (response.statusCode() != 200) {
                ApiError error = json.read(response.body(), ApiError.class);
                throw new IOException(request(response) + " answered " + response.statusCode() + " " + error.error() //$NON-NLS-1$ //$NON-NLS-2$
                        + ": " + error.message()); //$NON-NLS-1$
            }
            return json.read(response.body(), ServerInfo.class);
        } catch (WireFormatException e) {
            throw new IOException(request(response) + " answered " + response.statusCode() //$NON-NLS-1$
                    + " with a body that is not the Bulwark protocol; is this a Bulwark server? " + e.getMessage(), e); //$NON-NLS-1$
        }
    }

    private static String request(HttpResponse<?> response) {
        return "GET " + response.uri(); //$NON-NLS-1$
    }
}
