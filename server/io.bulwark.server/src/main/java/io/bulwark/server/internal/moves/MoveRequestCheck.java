package io.bulwark.server.internal.moves;

import java.time.Instant;
import java.util.UUID;

import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.move.MoveRequest;
import io.bulwark.protocol.move.MoveTarget;
import io.bulwark.server.internal.http.ApiException;

/** Checks a {@link MoveRequest} before anything is looked up, each refusal naming the field. */
final class MoveRequestCheck {

    private static final int MAX_HOST = 255;
    private static final int MAX_TICKET = 512;
    private static final int MAX_PORT = 65_535;

    private MoveRequestCheck() {
    }

    static void check(MoveRequest body, UUID serverId, Instant now) throws ApiException {
        MoveInput.agentIds(body.agentIds());
        MoveTarget target = body.target();
        if (target == null) {
            throw ApiException.invalid("target", "target is missing"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (target.serverId() == null) {
            throw ApiException.invalid("target.serverId", "target.serverId is missing"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (target.serverId().equals(serverId)) {
            throw ApiException.invalid("target.serverId", //$NON-NLS-1$
                    "target.serverId is this server; agents move between two different servers"); //$NON-NLS-1$
        }
        if (target.host() == null || target.host().isBlank() || target.host().length() > MAX_HOST
                || !target.host().strip().equals(target.host())) {
            throw ApiException.invalid("target.host", //$NON-NLS-1$
                    "target.host must be the host name or IP address agents reach the target at"); //$NON-NLS-1$
        }
        if (target.port() < 1 || target.port() > MAX_PORT) {
            throw ApiException.invalid("target.port", "target.port must be 1 to " + MAX_PORT); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (target.fingerprint() == null) {
            throw ApiException.invalid("target.fingerprint", "target.fingerprint is missing"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        try {
            CertificateFingerprint.parse(target.fingerprint());
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("target.fingerprint", e.getMessage()); //$NON-NLS-1$
        }
        if (body.ticket() == null || body.ticket().isBlank() || body.ticket().length() > MAX_TICKET) {
            throw ApiException.invalid("ticket", "ticket must be the token the target issued"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (body.sourceToken() == null || body.sourceToken().length() > MAX_TICKET
                || TicketTokens.ticketId(body.sourceToken()).isEmpty()
                || !TicketTokens.ticketId(body.sourceToken()).equals(TicketTokens.ticketId(body.ticket()))) {
            throw ApiException.invalid("sourceToken", //$NON-NLS-1$
                    "sourceToken must be the source token the target issued with the ticket"); //$NON-NLS-1$
        }
        MoveInput.deadline(body.deadline(), now);
        if (!MoveRequest.WAIT.equals(body.offlineAgents()) && !MoveRequest.SKIP.equals(body.offlineAgents())) {
            throw ApiException.invalid("offlineAgents", //$NON-NLS-1$
                    "offlineAgents must be " + MoveRequest.WAIT + " or " + MoveRequest.SKIP); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }
}
