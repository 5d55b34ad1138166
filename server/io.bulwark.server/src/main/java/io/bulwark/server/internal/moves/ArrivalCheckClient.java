package io.bulwark.server.internal.moves;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.FingerprintTrust;
import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.move.ArrivalCheck;
import io.bulwark.protocol.move.ArrivalFindings;
import io.bulwark.protocol.move.MoveTarget;

/**
 * The source's one call to a move's target: {@code POST /api/v1/move-tickets/{id}/arrival-checks}, over HTTPS trusting
 * only the certificate whose fingerprint the move request named (the one receipts are verified against), proving itself
 * with the ticket's source token, which the move's agents never see. One HTTP client per target fingerprint, kept for
 * the server's life.
 */
final class ArrivalCheckClient implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

    private final UUID serverId;
    private final WireJson json = WireJson.create(WireJson.UnknownMembers.IGNORE);
    private final Map<String, HttpClient> clients = new ConcurrentHashMap<>();

    /**
     * @param serverId
     *            this server, the source the tickets admit agents from
     */
    ArrivalCheckClient(UUID serverId) {
        this.serverId = serverId;
    }

    /**
     * Asks a move's target about some of its agents.
     *
     * @param job
     *            the move
     * @param agentIds
     *            1 to {@link ArrivalCheck#MAX_AGENTS} of its agents
     * @param release
     *            whether the target is to release the agents that have not registered
     * @return the target's findings, one per agent
     * @throws IOException
     *             if the target cannot be reached, refuses the check or answers something else than findings
     * @throws InterruptedException
     *             if interrupted while waiting
     */
    ArrivalFindings check(MoveStore.Job job, List<UUID> agentIds, boolean release)
            throws IOException, InterruptedException {
        UUID ticketId = TicketTokens.ticketId(job.sourceToken()).orElseThrow(() -> new IOException("Move " //$NON-NLS-1$
                + job.id() + " holds no source token of its target's ticket; it was started before source tokens")); //$NON-NLS-1$
        URI uri = uri(job.target(), ticketId);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", WireJson.MEDIA_TYPE).header("Accept", WireJson.MEDIA_TYPE) //$NON-NLS-1$ //$NON-NLS-2$
                .POST(HttpRequest.BodyPublishers
                        .ofByteArray(json.write(new ArrivalCheck(serverId, job.sourceToken(), agentIds, release))))
                .build();
        HttpResponse<byte[]> response = client(job.target()).send(request, HttpResponse.BodyHandlers.ofByteArray());
        byte[] body = response.body();
        if (response.statusCode() != 200) {
            throw new IOException("The target " + uri.getAuthority() + " answered " + response.statusCode() + ": " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + new String(body, 0, Math.min(body.length, 500), StandardCharsets.UTF_8));
        }
        try {
            ArrivalFindings findings = json.read(body, ArrivalFindings.class);
            if (findings.agents() == null || findings.agents().size() != agentIds.size()) {
                throw new IOException("The target " + uri.getAuthority() + " answered " //$NON-NLS-1$ //$NON-NLS-2$
                        + (findings.agents() == null ? 0 : findings.agents().size()) + " findings for " //$NON-NLS-1$
                        + agentIds.size() + " agents"); //$NON-NLS-1$
            }
            return findings;
        } catch (WireFormatException e) {
            throw new IOException("The target " + uri.getAuthority() + " answered no findings", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    /** @return where the target answers checks of a ticket */
    static URI uri(MoveTarget target, UUID ticketId) {
        String host = target.host().indexOf(':') >= 0 && !target.host().startsWith("[") //$NON-NLS-1$
                ? "[" + target.host() + "]" //$NON-NLS-1$ //$NON-NLS-2$
                : target.host();
        return URI.create("https://" + host + ":" + target.port() + ApiPaths.MOVE_TICKETS + "/" + ticketId //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ApiPaths.ARRIVAL_CHECKS);
    }

    private HttpClient client(MoveTarget target) {
        return clients.computeIfAbsent(target.fingerprint(),
                fingerprint -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER)
                        .sslContext(FingerprintTrust.pinned(CertificateFingerprint.parse(fingerprint)).sslContext())
                        .build());
    }

    @Override
    public void close() {
        clients.values().forEach(HttpClient::close);
        clients.clear();
    }
}
