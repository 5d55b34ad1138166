package io.bulwark.core.migration;

import java.util.UUID;

/**
 * One agent of a campaign as it stood when the campaign was planned: enough to group and order it, and to show it. A
 * wave's move pins it by id and reads its status again when the wave starts.
 *
 * @param id
 *            the agent
 * @param hostName
 *            its host name
 * @param ip
 *            its address
 * @param status
 *            its status then ({@code online}, {@code offline}, {@code roaming}, {@code moving})
 * @param domainPath
 *            its domain on the source as a path; empty for the root
 */
public record WaveAgent(UUID id, String hostName, String ip, String status, String domainPath) {
}
