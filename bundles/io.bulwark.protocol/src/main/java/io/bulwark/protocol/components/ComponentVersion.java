package io.bulwark.protocol.components;

/**
 * A component's name and version, where only the version matters: in the server info and in queued notifications.
 *
 * @param name
 *            the component's name, e.g. {@code virus-pattern}
 * @param version
 *            its version
 */
public record ComponentVersion(String name, long version) {
}
