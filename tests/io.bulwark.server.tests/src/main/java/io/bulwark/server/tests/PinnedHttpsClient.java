package io.bulwark.server.tests;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.HexFormat;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * An HTTPS client that trusts exactly one certificate, the one with the expected SHA-256 fingerprint. Written
 * independently of the production pinning code so that tests check the server against their own reading of the
 * contract.
 */
public final class PinnedHttpsClient implements AutoCloseable {

    private final HttpClient client;

    /**
     * @param expectedFingerprint
     *            the only certificate fingerprint to trust, colon-separated upper-case hex
     * @throws GeneralSecurityException
     *             if TLS cannot be set up
     */
    public PinnedHttpsClient(String expectedFingerprint) throws GeneralSecurityException {
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, new TrustManager[]{new OnlyFingerprint(expectedFingerprint)}, null);
        client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /**
     * @param method
     *            the HTTP method
     * @param uri
     *            the absolute URI
     * @return the response
     * @throws IOException
     *             on a transport failure
     * @throws InterruptedException
     *             if interrupted
     */
    public HttpResponse<String> send(String method, URI uri) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody()));
    }

    /**
     * @param request
     *            a request builder with method, URI, headers and body set
     * @return the response
     * @throws IOException
     *             on a transport failure
     * @throws InterruptedException
     *             if interrupted
     */
    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * @param <T>
     *            what the body handler produces
     * @param request
     *            a request builder with method, URI, headers and body set
     * @param handler
     *            reads the body, e.g. as lines for a stream
     * @return the response
     * @throws IOException
     *             on a transport failure
     * @throws InterruptedException
     *             if interrupted
     */
    public <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler)
            throws IOException, InterruptedException {
        return client.send(request.build(), handler);
    }

    @Override
    public void close() {
        client.close();
    }

    private static final class OnlyFingerprint extends X509ExtendedTrustManager {
        private final String expected;

        OnlyFingerprint(String expected) {
            this.expected = expected;
        }

        private void check(X509Certificate[] chain) throws CertificateException {
            try {
                byte[] digest = MessageDigest.getInstance("SHA-256").digest(chain[0].getEncoded());
                String actual = HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
                if (!actual.equals(expected)) {
                    throw new CertificateException("Fingerprint " + actual + " is not the expected " + expected);
                }
            } catch (GeneralSecurityException e) {
                throw new CertificateException(e);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            check(chain);
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            check(chain);
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("not a server");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
                throws CertificateException {
            throw new CertificateException("not a server");
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                throws CertificateException {
            throw new CertificateException("not a server");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
