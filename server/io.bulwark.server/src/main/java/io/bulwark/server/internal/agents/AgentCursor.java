package io.bulwark.server.internal.agents;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.server.internal.http.ApiException;

/**
 * Where a page of agents ends: the host name and id of its last agent. Listings continue after it in (host name, id)
 * order, so a page never repeats or skips an agent because others were added or removed meanwhile. Clients see it as an
 * opaque text.
 *
 * @param hostName
 *            the last agent's host name
 * @param id
 *            the last agent's id
 */
record AgentCursor(String hostName, UUID id) {

    /**
     * @param last
     *            the last agent of a page
     * @return the cursor after it
     */
    static AgentCursor after(AgentSummary last) {
        return new AgentCursor(last.hostName(), last.id());
    }

    /**
     * @param text
     *            a cursor as a client sent it
     * @return the cursor
     * @throws ApiException
     *             400 if it is not a cursor this server made
     */
    static AgentCursor parse(String text) throws ApiException {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8);
            int separator = decoded.lastIndexOf('\n');
            if (separator > 0) {
                UUID id = UUID.fromString(decoded.substring(separator + 1));
                return new AgentCursor(decoded.substring(0, separator), id);
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw ApiException.invalid("cursor", "cursor is not one this server gave out; pass the next value of the" //$NON-NLS-1$ //$NON-NLS-2$
                + " previous page unchanged"); //$NON-NLS-1$
    }

    /** @return the opaque text for clients */
    String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((hostName + '\n' + id).getBytes(StandardCharsets.UTF_8));
    }
}
