package io.bulwark.server.internal.agents;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import io.bulwark.protocol.IpRange;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.agent.Registration;
import io.bulwark.server.internal.http.ApiException;

/**
 * Checks of what agents and administrators send about agents. Each check names the offending field, so a bad request is
 * refused with a clear message before anything changes.
 */
final class AgentInput {

    /** The most agents one administrator request may name. */
    static final int MAX_SELECTION = 10_000;

    private static final UUID NIL = new UUID(0, 0);
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,254}"); //$NON-NLS-1$
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}"); //$NON-NLS-1$
    private static final int MAX_TEXT = 64;
    private static final int MAX_COMPONENTS = 100;
    private static final int MAX_IP = 45;

    private AgentInput() {
    }

    /**
     * @param registration
     *            a registration as received
     * @param json
     *            writes the component versions
     * @return its checked facts
     * @throws ApiException
     *             400 naming the first bad field
     */
    static AgentStore.Facts facts(Registration registration, WireJson json) throws ApiException {
        UUID id = agentId(registration.agentId());
        String hostName = registration.hostName();
        if (hostName == null || !HOST_NAME.matcher(hostName).matches()) {
            throw ApiException.invalid("hostName", "hostName must be 1 to 255 letters, digits, '.', '_' or '-'," //$NON-NLS-1$ //$NON-NLS-2$
                    + " starting with a letter or digit"); //$NON-NLS-1$
        }
        String ip = ip(registration.ip());
        String version = text("agentVersion", registration.agentVersion(), true); //$NON-NLS-1$
        int interval = registration.heartbeatIntervalMillis();
        if (interval < Registration.MIN_INTERVAL_MILLIS || interval > Registration.MAX_INTERVAL_MILLIS) {
            throw ApiException.invalid("heartbeatIntervalMillis", "heartbeatIntervalMillis must be " //$NON-NLS-1$ //$NON-NLS-2$
                    + Registration.MIN_INTERVAL_MILLIS + " to " + Registration.MAX_INTERVAL_MILLIS + " ms, was " //$NON-NLS-1$ //$NON-NLS-2$
                    + interval);
        }
        componentVersions("componentVersions", registration.componentVersions()); //$NON-NLS-1$
        return new AgentStore.Facts(id, hostName, ip, version, interval, registration.roaming(),
                new String(json.write(registration.componentVersions()), StandardCharsets.UTF_8));
    }

    /**
     * @param id
     *            an agent id as received
     * @return the id
     * @throws ApiException
     *             400 if it is absent or the nil UUID
     */
    static UUID agentId(UUID id) throws ApiException {
        if (id == null || NIL.equals(id)) {
            throw ApiException.invalid("agentId", "agentId must be the agent's GUID"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return id;
    }

    /**
     * @param ip
     *            an address as received
     * @return the address, stripped
     * @throws ApiException
     *             400 unless it is one IPv4 or IPv6 address literal
     */
    static String ip(String ip) throws ApiException {
        String value = ip == null ? "" : ip.strip(); //$NON-NLS-1$
        boolean single;
        try {
            single = !value.isEmpty() && value.length() <= MAX_IP && value.indexOf('/') < 0 && value.indexOf('-') < 0
                    && IpRange.parse(value).size().intValue() == 1;
        } catch (IllegalArgumentException e) {
            single = false;
        }
        if (!single) {
            throw ApiException.invalid("ip", "ip must be one IPv4 or IPv6 address, e.g. 10.1.2.3 or fd00::12, was \"" //$NON-NLS-1$ //$NON-NLS-2$
                    + (ip == null ? "" : ip) + "\""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value;
    }

    /**
     * @param field
     *            the field's name for the error
     * @param versions
     *            component versions as received, or {@code null}
     * @throws ApiException
     *             400 if there are too many or a name or version is malformed
     */
    static void componentVersions(String field, Map<String, String> versions) throws ApiException {
        if (versions == null) {
            return;
        }
        if (versions.size() > MAX_COMPONENTS) {
            throw ApiException.invalid(field, field + " may name at most " + MAX_COMPONENTS + " components"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (Map.Entry<String, String> entry : versions.entrySet()) {
            if (!TOKEN.matcher(entry.getKey()).matches()) {
                throw ApiException.invalid(field, "A component name must be 1 to 64 letters, digits, '.', '_' or '-'," //$NON-NLS-1$
                        + " was \"" + entry.getKey() + "\""); //$NON-NLS-1$ //$NON-NLS-2$
            }
            text(field + "." + entry.getKey(), entry.getValue(), true); //$NON-NLS-1$
        }
    }

    /**
     * @param field
     *            the field's name for the error
     * @param value
     *            a short text as received
     * @param required
     *            whether it must be present
     * @return the text
     * @throws ApiException
     *             400 if it is missing when required, longer than 64 characters, blank or holds control characters
     */
    static String text(String field, String value, boolean required) throws ApiException {
        return text(field, value, required, MAX_TEXT);
    }

    /**
     * @param field
     *            the field's name for the error
     * @param value
     *            a text as received
     * @param required
     *            whether it must be present
     * @param maxLength
     *            the most characters allowed
     * @return the text
     * @throws ApiException
     *             400 if it is missing when required, too long, blank or holds control characters
     */
    static String text(String field, String value, boolean required, int maxLength) throws ApiException {
        if (value == null) {
            if (required) {
                throw ApiException.invalid(field, field + " is required"); //$NON-NLS-1$
            }
            return null;
        }
        if (value.isBlank() || value.length() > maxLength || value.chars().anyMatch(Character::isISOControl)) {
            throw ApiException.invalid(field, field + " must be 1 to " + maxLength //$NON-NLS-1$
                    + " characters without control characters, not blank"); //$NON-NLS-1$
        }
        return value;
    }

    /**
     * @param ids
     *            agent ids as an administrator sent them
     * @return the ids
     * @throws ApiException
     *             400 unless there are 1 to {@value #MAX_SELECTION} of them, each given once
     */
    static List<UUID> selection(List<UUID> ids) throws ApiException {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_SELECTION) {
            throw ApiException.invalid("agentIds", "agentIds must name 1 to " + MAX_SELECTION + " agents"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            if (id == null) {
                throw ApiException.invalid("agentIds[" + i + "]", "agentIds[" + i + "] is null"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
            if (!seen.add(id)) {
                throw ApiException.invalid("agentIds[" + i + "]", "Agent " + id + " is named more than once"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
        }
        return List.copyOf(ids);
    }

    /**
     * @param text
     *            a path segment
     * @return the agent id it names
     * @throws ApiException
     *             404 if it is not a UUID, since then no such agent exists
     */
    static UUID pathId(String text) throws ApiException {
        try {
            UUID id = UUID.fromString(text);
            if (id.toString().equalsIgnoreCase(text)) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ApiException.notFound("There is no agent " + text + "; agent ids are GUIDs"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
