package io.bulwark.server.internal.moves;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.move.MoveTicketRequest;
import io.bulwark.server.internal.http.ApiException;

/** Checks of the fields that tickets and moves share, each refusal naming the field. */
final class MoveInput {

    private MoveInput() {
    }

    /**
     * @param ids
     *            agent ids as received
     * @return them
     * @throws ApiException
     *             400 unless there are 1 to {@value MoveTicketRequest#MAX_AGENTS}, each given once
     */
    static List<UUID> agentIds(List<UUID> ids) throws ApiException {
        if (ids == null || ids.isEmpty() || ids.size() > MoveTicketRequest.MAX_AGENTS) {
            throw ApiException.invalid("agentIds", //$NON-NLS-1$
                    "agentIds must name 1 to " + MoveTicketRequest.MAX_AGENTS + " agents"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            String field = "agentIds[" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
            if (id == null) {
                throw ApiException.invalid(field, field + " is null"); //$NON-NLS-1$
            }
            if (!seen.add(id)) {
                throw ApiException.invalid(field, "Agent " + id + " is named more than once"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return ids;
    }

    /**
     * @param deadline
     *            a deadline as received
     * @param now
     *            now
     * @return it
     * @throws ApiException
     *             400 unless it lies in the future, at most {@value MoveTicketRequest#MAX_DEADLINE_DAYS} days ahead
     */
    static Instant deadline(Instant deadline, Instant now) throws ApiException {
        if (deadline == null) {
            throw ApiException.invalid("deadline", "deadline is missing"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!deadline.isAfter(now)) {
            throw ApiException.invalid("deadline", "deadline " + deadline + " has passed; choose one in the future"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (deadline.isAfter(now.plus(Duration.ofDays(MoveTicketRequest.MAX_DEADLINE_DAYS)))) {
            throw ApiException.invalid("deadline", "deadline " + deadline + " is more than " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + MoveTicketRequest.MAX_DEADLINE_DAYS + " days ahead"); //$NON-NLS-1$
        }
        return deadline;
    }

    /**
     * @param json
     *            writes the request
     * @param request
     *            a request record
     * @return the SHA-256 of its JSON form, to recognise a repeat
     */
    static String requestHash(WireJson json, Object request) {
        return TicketTokens.hash(new String(json.write(request), StandardCharsets.UTF_8));
    }
}
