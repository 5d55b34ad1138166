package io.bulwark.server.internal.settings;

import static io.bulwark.protocol.settings.NetworkSyntax.MAX_PORT;
import static io.bulwark.protocol.settings.NetworkSyntax.MAX_RANGE;
import static io.bulwark.protocol.settings.NetworkSyntax.MAX_URL;
import static io.bulwark.protocol.settings.NetworkSyntax.MIN_PORT;
import static io.bulwark.protocol.settings.NetworkSyntax.isAgentId;
import static io.bulwark.protocol.settings.NetworkSyntax.isHostName;
import static io.bulwark.protocol.settings.NetworkSyntax.isMac;
import static io.bulwark.protocol.settings.NetworkSyntax.isPortEntry;
import static io.bulwark.protocol.settings.NetworkSyntax.isRangeNotation;
import static io.bulwark.protocol.settings.NetworkSyntax.isRangeWithinLimits;
import static io.bulwark.protocol.settings.NetworkSyntax.isWrittenAsAddress;
import static io.bulwark.protocol.settings.NetworkSyntax.urlProblem;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import io.bulwark.protocol.IpRange;
import io.bulwark.protocol.settings.NetworkSyntax.UrlProblem;
import io.bulwark.server.internal.http.ApiException;

/**
 * Refuses network values in settings that break the protocol's {@link io.bulwark.protocol.settings.NetworkSyntax} (IP
 * addresses and ranges, host names, ports, MAC addresses, update source URLs and agent ids), naming the field.
 */
final class NetworkSyntax {

    private NetworkSyntax() {
    }

    static IpRange ipRange(String field, String value) throws ApiException {
        if (!isRangeWithinLimits(value)) {
            throw ApiException.invalid(field, field + " must be an IP range of at most " + MAX_RANGE //$NON-NLS-1$
                    + " characters without surrounding spaces"); //$NON-NLS-1$
        }
        try {
            return IpRange.parse(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(field, field + ": " + e.getMessage()); //$NON-NLS-1$
        }
    }

    static String address(String field, String value) throws ApiException {
        if (isRangeNotation(value)) {
            throw ApiException.invalid(field, field + " must be one IP address, not a range; was \"" //$NON-NLS-1$
                    + FieldChecks.shorten(value) + "\""); //$NON-NLS-1$
        }
        ipRange(field, value);
        return value;
    }

    static String hostOrAddress(String field, String value) throws ApiException {
        if (isWrittenAsAddress(value)) {
            return address(field, value);
        }
        if (!isHostName(value)) {
            throw ApiException.invalid(field, field + " must be an IP address or a host name such as" //$NON-NLS-1$
                    + " ref.corp.example; was \"" + FieldChecks.shorten(value) + "\""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value;
    }

    static Integer port(String field, Integer value) throws ApiException {
        return FieldChecks.range(field, value, MIN_PORT,
                MAX_PORT);
    }

    /** A firewall port entry: {@code 443} or {@code 8000-8080}. */
    static String ports(String field, String value) throws ApiException {
        if (!isPortEntry(value)) {
            throw ApiException.invalid(field, field + " must be a port (1-65535) or a range such as 8000-8080; was \"" //$NON-NLS-1$
                    + FieldChecks.shorten(value) + "\""); //$NON-NLS-1$
        }
        return value;
    }

    static String mac(String field, String value) throws ApiException {
        if (!isMac(value)) {
            throw ApiException.invalid(field, field + " must be a MAC address such as 00:1A:2B:3C:4D:5E; was \"" //$NON-NLS-1$
                    + FieldChecks.shorten(value) + "\""); //$NON-NLS-1$
        }
        return value;
    }

    /** @return the agent id in lower case */
    static String agentId(String field, String value) throws ApiException {
        if (!isAgentId(value)) {
            throw ApiException.invalid(field, field + " must be an agent id (GUID) such as" //$NON-NLS-1$
                    + " 3f2504e0-4f89-41d3-9a0c-0305e82c3301; was \"" + FieldChecks.shorten(value) + "\""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value.toLowerCase(Locale.ROOT);
    }

    /** An absolute {@code http} or {@code https} URL with a host and without user information or fragment. */
    static String url(String field, String value) throws ApiException {
        UrlProblem problem = urlProblem(value);
        if (problem == null) {
            return value;
        }
        String was = "; was \"" + FieldChecks.shorten(value) + "\""; //$NON-NLS-1$ //$NON-NLS-2$
        throw ApiException.invalid(field, field + switch (problem) {
            case TOO_LONG -> " has at most " + MAX_URL + " characters"; //$NON-NLS-1$ //$NON-NLS-2$
            case SYNTAX -> " is not a URL: " + syntaxError(value); //$NON-NLS-1$
            case NOT_HTTP -> " must be an http or https URL" + was; //$NON-NLS-1$
            case NO_HOST -> " has no valid host name or address" + was; //$NON-NLS-1$
            case USER_INFO -> " must not carry a user name or password"; //$NON-NLS-1$
            case FRAGMENT -> " must not have a fragment (#…)"; //$NON-NLS-1$
            case PORT -> " has port " + URI.create(value).getPort() + "; it must be 1-65535"; //$NON-NLS-1$ //$NON-NLS-2$
        });
    }

    /** @return the parser's reason why {@code value} is not URI syntax */
    private static String syntaxError(String value) {
        try {
            return "\"" + new URI(value) + "\""; //$NON-NLS-1$ //$NON-NLS-2$
        } catch (URISyntaxException e) {
            return e.getMessage();
        }
    }
}
