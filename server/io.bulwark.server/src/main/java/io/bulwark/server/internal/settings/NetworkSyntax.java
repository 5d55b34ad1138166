package io.bulwark.server.internal.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Pattern;

import io.bulwark.protocol.IpRange;
import io.bulwark.server.internal.http.ApiException;

/**
 * The syntax of the network values in settings: IP addresses and ranges (IPv4 and IPv6, through {@link IpRange}), host
 * names, ports, MAC addresses, update source URLs and agent ids. Never resolves a name.
 */
final class NetworkSyntax {

    /** The longest URL accepted. */
    static final int MAX_URL = 2048;

    /** The longest IP range text, as the grouping rules store it. */
    static final int MAX_RANGE = 100;

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"); //$NON-NLS-1$
    private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]+"); //$NON-NLS-1$
    private static final Pattern MAC = Pattern.compile("[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}"); //$NON-NLS-1$
    private static final Pattern UUID = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"); //$NON-NLS-1$
    private static final Pattern PORTS = Pattern.compile("(\\d{1,5})(-(\\d{1,5}))?"); //$NON-NLS-1$

    private NetworkSyntax() {
    }

    static IpRange ipRange(String field, String value) throws ApiException {
        if (value.length() > MAX_RANGE || !value.strip().equals(value)) {
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
        if (value.indexOf('/') >= 0 || value.indexOf('-') >= 0) {
            throw ApiException.invalid(field, field + " must be one IP address, not a range; was \"" //$NON-NLS-1$
                    + FieldChecks.shorten(value) + "\""); //$NON-NLS-1$
        }
        ipRange(field, value);
        return value;
    }

    static String hostOrAddress(String field, String value) throws ApiException {
        if (value.indexOf(':') >= 0 || DIGITS_AND_DOTS.matcher(value).matches()) {
            return address(field, value);
        }
        if (!isHostName(value)) {
            throw ApiException.invalid(field, field + " must be an IP address or a host name such as" //$NON-NLS-1$
                    + " ref.corp.example; was \"" + FieldChecks.shorten(value) + "\""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value;
    }

    /** @return whether the text is a host name (RFC 1123 labels) or an IPv4 address, as a UNC server name may be */
    static boolean isHostOrIpv4(String value) {
        if (DIGITS_AND_DOTS.matcher(value).matches()) {
            try {
                return !IpRange.parse(value).isIpv6() && value.indexOf('-') < 0;
            } catch (IllegalArgumentException e) {
                return false;
            }
        }
        return isHostName(value);
    }

    private static boolean isHostName(String value) {
        if (value.isEmpty() || value.length() > 253) {
            return false;
        }
        for (String label : value.split("\\.", -1)) { //$NON-NLS-1$
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    static Integer port(String field, Integer value) throws ApiException {
        return FieldChecks.range(field, value, 1, 65535);
    }

    /** A firewall port entry: {@code 443} or {@code 8000-8080}. */
    static String ports(String field, String value) throws ApiException {
        var matcher = PORTS.matcher(value);
        if (matcher.matches()) {
            int from = Integer.parseInt(matcher.group(1));
            int to = matcher.group(3) == null ? from : Integer.parseInt(matcher.group(3));
            if (from >= 1 && to <= 65535 && from <= to) {
                return value;
            }
        }
        throw ApiException.invalid(field, field + " must be a port (1-65535) or a range such as 8000-8080; was \"" //$NON-NLS-1$
                + FieldChecks.shorten(value) + "\""); //$NON-NLS-1$
    }

    static String mac(String field, String value) throws ApiException {
        if (!MAC.matcher(value).matches()) {
            throw ApiException.invalid(field, field + " must be a MAC address such as 00:1A:2B:3C:4D:5E; was \"" //$NON-NLS-1$
                    + FieldChecks.shorten(value) + "\""); //$NON-NLS-1$
        }
        return value;
    }

    /** @return the agent id in lower case */
    static String agentId(String field, String value) throws ApiException {
        if (!UUID.matcher(value).matches()) {
            throw ApiException.invalid(field, field + " must be an agent id (GUID) such as" //$NON-NLS-1$
                    + " 3f2504e0-4f89-41d3-9a0c-0305e82c3301; was \"" + FieldChecks.shorten(value) + "\""); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value.toLowerCase(Locale.ROOT);
    }

    /** An absolute {@code http} or {@code https} URL with a host and without user information or fragment. */
    static String url(String field, String value) throws ApiException {
        if (value.length() > MAX_URL) {
            throw ApiException.invalid(field, field + " has at most " + MAX_URL + " characters"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw ApiException.invalid(field, field + " is not a URL: " + e.getMessage()); //$NON-NLS-1$
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        if (!scheme.equals("http") && !scheme.equals("https")) { //$NON-NLS-1$ //$NON-NLS-2$
            throw ApiException.invalid(field, field + " must be an http or https URL; was \"" //$NON-NLS-1$
                    + FieldChecks.shorten(value) + "\""); //$NON-NLS-1$
        }
        if (uri.getHost() == null) {
            throw ApiException.invalid(field, field + " has no valid host name or address; was \"" //$NON-NLS-1$
                    + FieldChecks.shorten(value) + "\""); //$NON-NLS-1$
        }
        if (uri.getRawUserInfo() != null) {
            throw ApiException.invalid(field, field + " must not carry a user name or password"); //$NON-NLS-1$
        }
        if (uri.getRawFragment() != null) {
            throw ApiException.invalid(field, field + " must not have a fragment (#…)"); //$NON-NLS-1$
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            throw ApiException.invalid(field, field + " has port " + uri.getPort() + "; it must be 1-65535"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return value;
    }
}
