package io.bulwark.protocol.settings;

/**
 * A server an agent tries to reach to tell whether it is inside the corporate network.
 *
 * @param address
 *            an IPv4 or IPv6 address or a host name
 * @param port
 *            the TCP port to connect to, 1–65535
 */
public record ReferenceServer(String address, Integer port) {
}
