package io.bulwark.protocol.settings;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.bulwark.protocol.IpRange;

/**
 * The syntax of the network values in settings: IP addresses and ranges (IPv4 and IPv6, through {@link IpRange}), host
 * names, ports, MAC addresses, update source URLs and agent ids. Never resolves a name.
 * <p>
 * Shared by the server, which refuses settings that break these rules, and the console, which shows the same refusal
 * while an administrator types; each side words its own messages.
 */
public final class NetworkSyntax {

    /** The lowest TCP port. */
    public static final int MIN_PORT = 1;

    /** The highest TCP port. */
    public static final int MAX_PORT = 65535;

    /** The longest URL accepted. */
    public static final int MAX_URL = 2048;

    /** The longest IP range text, as the grouping rules store it. */
    public static final int MAX_RANGE = 100;

    /** Why a text is not an accepted URL. */
    public enum UrlProblem {
        /** Longer than {@link NetworkSyntax#MAX_URL}. */
        TOO_LONG,
        /** Not URI syntax at all. */
        SYNTAX,
        /** A scheme other than {@code http} or {@code https}, or none. */
        NOT_HTTP,
        /** No valid host name or address. */
        NO_HOST,
        /** Carries a user name or password. */
        USER_INFO,
        /** Has a fragment ({@code #…}). */
        FRAGMENT,
        /** Has port 0 or a port above {@link NetworkSyntax#MAX_PORT}. */
        PORT
    }

    private static final int MAX_HOST_NAME = 253;
    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"); //$NON-NLS-1$
    private static final Pattern DIGITS_AND_DOTS = Pattern.compile("[0-9.]+"); //$NON-NLS-1$
    private static final Pattern MAC = Pattern.compile("[0-9A-Fa-f]{2}([:-][0-9A-Fa-f]{2}){5}"); //$NON-NLS-1$
    private static final Pattern AGENT_ID = Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"); //$NON-NLS-1$
    private static final Pattern PORTS = Pattern.compile("(\\d{1,5})(-(\\d{1,5}))?"); //$NON-NLS-1$

    private NetworkSyntax() {
    }

    /**
     * @param text
     *            an IP range as written
     * @return whether it has at most {@link #MAX_RANGE} characters and no spaces around it, as a stored range must
     */
    public static boolean isRangeWithinLimits(String text) {
        return text.length() <= MAX_RANGE && text.strip().equals(text);
    }

    /**
     * @param text
     *            an IP range as written, or {@code null}
     * @return the range, or {@code null} if the text is not {@linkplain #isRangeWithinLimits(String) within the limits}
     *         or not a range; {@link IpRange#parse(String)} says why not
     */
    public static IpRange rangeOrNull(String text) {
        if (text == null || !isRangeWithinLimits(text)) {
            return null;
        }
        try {
            return IpRange.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * @param text
     *            an address or range as written
     * @return whether it is written as a prefix or as two ends ({@code /} or {@code -}), so never one address
     */
    public static boolean isRangeNotation(String text) {
        return text.indexOf('/') >= 0 || text.indexOf('-') >= 0;
    }

    /**
     * @param text
     *            an address as written
     * @return whether it is one IPv4 or IPv6 address, not a range
     */
    public static boolean isAddress(String text) {
        return !isRangeNotation(text) && rangeOrNull(text) != null;
    }

    /**
     * @param text
     *            an address or host name as written
     * @return whether it is meant as an IP address rather than a host name: it holds a colon (IPv6) or only digits and
     *         dots (IPv4)
     */
    public static boolean isWrittenAsAddress(String text) {
        return text.indexOf(':') >= 0 || DIGITS_AND_DOTS.matcher(text).matches();
    }

    /**
     * @param text
     *            a host name as written
     * @return whether it is a host name of RFC 1123 labels, at most 253 characters
     */
    public static boolean isHostName(String text) {
        if (text.isEmpty() || text.length() > MAX_HOST_NAME) {
            return false;
        }
        for (String label : text.split("\\.", -1)) { //$NON-NLS-1$
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param text
     *            a server name as written
     * @return whether it is a host name or an IPv4 address, as the server of a UNC path may be
     */
    public static boolean isHostOrIpv4(String text) {
        if (DIGITS_AND_DOTS.matcher(text).matches()) {
            IpRange range = rangeOrNull(text);
            return range != null && !range.isIpv6() && text.indexOf('-') < 0;
        }
        return isHostName(text);
    }

    /**
     * @param port
     *            a TCP port
     * @return whether it is from {@link #MIN_PORT} to {@link #MAX_PORT}
     */
    public static boolean isPort(int port) {
        return port >= MIN_PORT && port <= MAX_PORT;
    }

    /**
     * @param text
     *            a firewall rule's port entry
     * @return whether it is one port ({@code 443}) or an ascending range of ports ({@code 8000-8080})
     */
    public static boolean isPortEntry(String text) {
        Matcher matcher = PORTS.matcher(text);
        if (!matcher.matches()) {
            return false;
        }
        int from = Integer.parseInt(matcher.group(1));
        int to = matcher.group(3) == null ? from : Integer.parseInt(matcher.group(3));
        return from >= MIN_PORT && to <= MAX_PORT && from <= to;
    }

    /**
     * @param text
     *            a MAC address as written
     * @return whether it is six hexadecimal pairs separated by colons or dashes
     */
    public static boolean isMac(String text) {
        return MAC.matcher(text).matches();
    }

    /**
     * @param text
     *            an agent id as written
     * @return whether it is a GUID in its usual form, in either case
     */
    public static boolean isAgentId(String text) {
        return AGENT_ID.matcher(text).matches();
    }

    /**
     * An update source or approved URL: absolute {@code http} or {@code https} with a host, without user information or
     * fragment, at most {@link #MAX_URL} characters.
     *
     * @param text
     *            the URL as written
     * @return why it is refused (the first reason found), or {@code null} if it is accepted
     */
    public static UrlProblem urlProblem(String text) {
        if (text.length() > MAX_URL) {
            return UrlProblem.TOO_LONG;
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            return UrlProblem.SYNTAX;
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        if (!scheme.equals("http") && !scheme.equals("https")) { //$NON-NLS-1$ //$NON-NLS-2$
            return UrlProblem.NOT_HTTP;
        }
        if (uri.getHost() == null) {
            return UrlProblem.NO_HOST;
        }
        if (uri.getRawUserInfo() != null) {
            return UrlProblem.USER_INFO;
        }
        if (uri.getRawFragment() != null) {
            return UrlProblem.FRAGMENT;
        }
        if (uri.getPort() == 0 || uri.getPort() > MAX_PORT) {
            return UrlProblem.PORT;
        }
        return null;
    }
}
