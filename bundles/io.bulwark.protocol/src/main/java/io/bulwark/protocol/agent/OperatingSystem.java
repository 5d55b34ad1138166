package io.bulwark.protocol.agent;

/**
 * An operating system and its version.
 *
 * @param name
 *            e.g. {@code Windows Server 2022}
 * @param version
 *            e.g. {@code 10.0.20348}
 */
public record OperatingSystem(String name, String version) {

    /** @return name and version for a person, e.g. {@code Windows 11 23H2} */
    public String displayName() {
        return version == null || version.isEmpty() ? name : name + " " + version; //$NON-NLS-1$
    }
}
