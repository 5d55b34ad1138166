package io.bulwark.protocol.settings;

/**
 * Server-wide agent settings, set at the root only and applied to every agent.
 *
 * @param scan
 *            scan settings shared by every scan type
 * @param deferFirewallUntilRestart
 *            whether an agent installs the firewall driver only at its next restart, so a running endpoint's network
 *            connections are not interrupted
 * @param restartNotification
 *            whether an agent tells its user when the endpoint must restart to finish cleaning
 */
public record GlobalAgentSettings(SharedScanSettings scan, Boolean deferFirewallUntilRestart,
        Boolean restartNotification) {
}
