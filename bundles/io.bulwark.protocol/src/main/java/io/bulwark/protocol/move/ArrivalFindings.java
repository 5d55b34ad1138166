package io.bulwark.protocol.move;

import java.util.List;
import java.util.UUID;

/**
 * The target's answer to an {@link ArrivalCheck}: one finding per agent asked about, in the order asked.
 *
 * @param ticketId
 *            the ticket
 * @param agents
 *            the findings
 */
public record ArrivalFindings(UUID ticketId, List<ArrivalFinding> agents) {

    /** Freezes the list. */
    public ArrivalFindings {
        agents = agents == null ? null : List.copyOf(agents);
    }
}
