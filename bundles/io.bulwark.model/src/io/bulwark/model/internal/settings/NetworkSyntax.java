package io.bulwark.model.internal.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;

import io.bulwark.protocol.IpRange;

/**
 * The syntax of network values in settings, as the server checks it: IP addresses and ranges (IPv4 and IPv6, through
 * the protocol's {@link IpRange}), host names, ports, MAC addresses, URLs and agent ids. Never resolves a name. Each
 * check returns why the value is refused, or {@code null} if it is accepted.
 */
final class NetworkSyntax {

    /** The lowest TCP port. */
    static final int MIN_PORT = 1;
    /** The highest TCP port. */
    static final int MAX_PORT = 65535;

    private static final int MAX_URL = 2048;
    private static final int MAX_RANGE = 100;
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"); //$NON-NLS-1$
    private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]+"); //$NON-NLS-1$
    private static final Pattern MAC = Pattern.compile("[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}"); //$NON-NLS-1$
    private static final Pattern UUID = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"); //$NON-NLS-1$
    private static final Pattern PORTS = Pattern.compile("(\\d{1,5})(-(\\d{1,5}))?"); //$NON-NLS-1$

    private NetworkSyntax() {
    }

    /** @return the parsed range, or {@code null} if {@link #ipRange(String)} refuses it */
    static IpRange parseRange(String value) {
        if (value == null || value.length() > MAX_RANGE || !value.strip().equals(value)) {
            return null;
        }
        try {
            return IpRange.parse(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static String ipRange(String value) {
        if (value == null || value.isEmpty()) {
            return Messages.IpRange_missing;
        }
        if (value.length() > MAX_RANGE || !value.strip().equals(value)) {
            return NLS.bind(Messages.IpRange_tooLong, Integer.valueOf(MAX_RANGE));
        }
        return parseRange(value) == null ? NLS.bind(Messages.IpRange_invalid, ListChecks.shorten(value)) : null;
    }

    static String address(String value) {
        if (value == null || value.isEmpty()) {
            return Messages.Address_missing;
        }
        if (value.indexOf('/') >= 0 || value.indexOf('-') >= 0 || parseRange(value) == null) {
            return NLS.bind(Messages.Address_invalid, ListChecks.shorten(value));
        }
        return null;
    }

    static String hostOrAddress(String value) {
        if (value == null || value.isEmpty()) {
            return Messages.Address_missing;
        }
        if (value.indexOf(':') >= 0 || DIGITS_AND_DOTS.matcher(value).matches()) {
            return address(value);
        }
        return isHostName(value) ? null : NLS.bind(Messages.HostOrAddress_invalid, ListChecks.shorten(value));
    }

    /** @return whether the text is a host name (RFC 1123 labels) or an IPv4 address, as a UNC server name may be */
    static boolean isHostOrIpv4(String value) {
        if (DIGITS_AND_DOTS.matcher(value).matches()) {
            IpRange range = parseRange(value);
            return range != null && !range.isIpv6() && value.indexOf('-') < 0;
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

    static String port(int port) {
        return port < MIN_PORT || port > MAX_PORT ? NLS.bind(Messages.Port_outOfRange, Integer.toString(port)) : null;
    }

    /** A firewall port entry: {@code 443} or {@code 8000-8080}. */
    static String ports(String value) {
        Matcher matcher = PORTS.matcher(value);
        if (matcher.matches()) {
            int from = Integer.parseInt(matcher.group(1));
            int to = matcher.group(3) == null ? from : Integer.parseInt(matcher.group(3));
            if (from >= MIN_PORT && to <= MAX_PORT && from <= to) {
                return null;
            }
        }
        return NLS.bind(Messages.Ports_invalid, ListChecks.shorten(value));
    }

    static String mac(String value) {
        return MAC.matcher(value).matches() ? null : NLS.bind(Messages.Mac_invalid, ListChecks.shorten(value));
    }

    static String agentId(String value) {
        return UUID.matcher(value).matches() ? null : NLS.bind(Messages.AgentId_invalid, ListChecks.shorten(value));
    }

    /** An absolute {@code http} or {@code https} URL with a host and without user information or fragment. */
    static String url(String value) {
        String shown = ListChecks.shorten(value);
        if (value.length() > MAX_URL) {
            return NLS.bind(Messages.Url_tooLong, Integer.valueOf(MAX_URL));
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return NLS.bind(Messages.Url_invalid, shown);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) { //$NON-NLS-1$ //$NON-NLS-2$
            return NLS.bind(Messages.Url_invalid, shown);
        }
        if (uri.getRawUserInfo() != null) {
            return NLS.bind(Messages.Url_userInfo, shown);
        }
        if (uri.getRawFragment() != null) {
            return NLS.bind(Messages.Url_fragment, shown);
        }
        if (uri.getPort() == 0 || uri.getPort() > MAX_PORT) {
            return NLS.bind(Messages.Url_port, shown, Integer.toString(uri.getPort()));
        }
        return null;
    }
}
