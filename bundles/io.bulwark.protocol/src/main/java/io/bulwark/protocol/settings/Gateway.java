package io.bulwark.protocol.settings;

/**
 * A gateway of the corporate network: an agent whose default gateway matches is inside.
 *
 * @param ip
 *            the gateway's IPv4 or IPv6 address
 * @param mac
 *            its MAC address, {@code 00:1A:2B:3C:4D:5E} or with '-'; absent to match by address alone
 */
public record Gateway(String ip, String mac) {
}
