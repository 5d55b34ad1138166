package io.bulwark.bench.internal;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.bulwark.protocol.ApiHeaders;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.FingerprintTrust;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.LoginRequest;
import io.bulwark.protocol.admin.SessionInfo;

/** Interim: streams the agent list with the JDK client (to be replaced by the console's client and model). */
public final class AgentLoad {
    private final URI server;
    private final CertificateFingerprint fingerprint;
    private final String user;
    private final String password;

    public AgentLoad(URI server, CertificateFingerprint fingerprint, String user, String password) {
        this.server = server;
        this.fingerprint = fingerprint;
        this.user = user;
        this.password = password;
    }

    public int load() throws Exception {
        WireJson json = WireJson.create(WireJson.UnknownMembers.IGNORE);
        try (HttpClient client = HttpClient.newBuilder().sslContext(FingerprintTrust.pinned(fingerprint).sslContext())
                .build()) {
            HttpResponse<byte[]> login = client.send(HttpRequest.newBuilder(server.resolve(ApiPaths.SESSIONS))
                    .header("Content-Type", WireJson.MEDIA_TYPE)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(json.write(new LoginRequest(user, password))))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
            String token = json.read(login.body(), SessionInfo.class).token();
            HttpResponse<InputStream> agents = client.send(HttpRequest.newBuilder(server.resolve(ApiPaths.AGENTS))
                    .header(ApiHeaders.AUTHORIZATION, ApiHeaders.BEARER_PREFIX + token)
                    .header("Accept", WireJson.NDJSON_MEDIA_TYPE).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            int count = 0;
            try (MappingIterator<AgentSummary> it = new ObjectMapper().registerModule(new JavaTimeModule())
                    .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).readerFor(AgentSummary.class)
                    .readValues(agents.body())) {
                while (it.hasNext()) {
                    it.next();
                    count++;
                }
            }
            return count;
        }
    }
}
