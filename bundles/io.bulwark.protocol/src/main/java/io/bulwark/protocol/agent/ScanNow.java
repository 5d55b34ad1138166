package io.bulwark.protocol.agent;

import java.time.Instant;

/**
 * Parameters of a {@value AgentCommand#SCAN_NOW} command, and the JSON payload such a command is queued with. What to
 * scan and what to do on detection come from the agent's "scan now" scan settings.
 *
 * @param requestedBy
 *            the administrator who asked for the scan
 * @param requestedAt
 *            when
 */
public record ScanNow(String requestedBy, Instant requestedAt) {
}
