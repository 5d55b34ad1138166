package io.bulwark.server.internal.settings;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ApiHeaders;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiRequest;

/**
 * Optimistic concurrency for settings: the {@code ETag} of a scope's settings is its version in quotes ({@code "7"}); a
 * write must send the version it is based on in {@code If-Match}. Only strong tags match; {@code *} is refused, since
 * it would overwrite whatever another administrator stored in between.
 */
final class EntityTags {

    private static final Pattern TAG = Pattern.compile("\\s*(W/)?\"([^\"]*)\"\\s*(,|$)"); //$NON-NLS-1$
    private static final Pattern VERSION = Pattern.compile("[0-9]{1,18}"); //$NON-NLS-1$

    private EntityTags() {
    }

    /**
     * @param version
     *            a version
     * @return its {@code ETag}
     */
    static String of(long version) {
        return "\"" + version + "\""; //$NON-NLS-1$ //$NON-NLS-2$
    }

    /**
     * @param request
     *            a write
     * @return the versions its {@code If-Match} names; weak tags and tags of other shapes name none
     * @throws ApiException
     *             428 if it has no {@code If-Match} or only {@code *}, 400 if the header is not a list of entity tags
     */
    static Set<Long> ifMatch(ApiRequest request) throws ApiException {
        String header = request.header(ApiHeaders.IF_MATCH).orElse(null);
        if (header == null || header.isBlank()) {
            throw new ApiException(428, ErrorCodes.PRECONDITION_REQUIRED, request.method() + " " + request.path() //$NON-NLS-1$
                    + " needs " + ApiHeaders.IF_MATCH + " with the " + ApiHeaders.ETAG //$NON-NLS-1$ //$NON-NLS-2$
                    + " of the settings the change is based on (GET them first)"); //$NON-NLS-1$
        }
        if (header.strip().equals("*")) { //$NON-NLS-1$
            throw new ApiException(428, ErrorCodes.PRECONDITION_REQUIRED, ApiHeaders.IF_MATCH
                    + ": * would overwrite whatever is stored; send the " + ApiHeaders.ETAG + " you read"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Set<Long> versions = new HashSet<>();
        Matcher matcher = TAG.matcher(header);
        int at = 0;
        while (at < header.length()) {
            if (!matcher.find(at) || matcher.start() != at || matcher.end() == at) {
                throw ApiException.invalid(ApiHeaders.IF_MATCH, ApiHeaders.IF_MATCH
                        + " must be entity tags as sent in " + ApiHeaders.ETAG + ", e.g. \"7\" with the quotes"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (matcher.group(1) == null && VERSION.matcher(matcher.group(2)).matches()) {
                versions.add(Long.valueOf(matcher.group(2)));
            }
            at = matcher.end();
        }
        return versions;
    }

    /**
     * @param what
     *            the settings, e.g. {@code settings of domain 12}
     * @param current
     *            their current version
     * @return the 412 for a write based on another version, with the current {@code ETag}
     */
    static ApiException stale(String what, long current) {
        return new ApiException(412, new ApiError(ErrorCodes.PRECONDITION_FAILED, "The " + what //$NON-NLS-1$
                + " changed since they were read (now version " + current + "); read them again, reapply the change" //$NON-NLS-1$ //$NON-NLS-2$
                + " and send the new " + ApiHeaders.ETAG, Map.of("currentVersion", Long.valueOf(current))), //$NON-NLS-1$ //$NON-NLS-2$
                Map.of(ApiHeaders.ETAG, of(current)));
    }
}
