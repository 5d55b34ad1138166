package io.bulwark.protocol.agent;

/**
 * An installed application or middleware.
 *
 * @param name
 *            e.g. {@code Microsoft SQL Server}
 * @param version
 *            e.g. {@code 16.0.4135.4}
 * @param vendor
 *            e.g. {@code Microsoft}; may be {@code null}
 */
public record Application(String name, String version, String vendor) {
}
