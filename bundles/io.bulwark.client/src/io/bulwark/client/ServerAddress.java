package io.bulwark.client;

import java.net.URI;
import java.util.Locale;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;

import io.bulwark.client.internal.Messages;
import io.bulwark.protocol.ApiPaths;

/**
 * Where a management server listens: scheme, host and the listening port that agents and consoles use.
 * <p>
 * Administrators type addresses by hand and pass them on command lines, so parsing is lenient about form ({@code host},
 * {@code host:port}, {@code [::1]:4343}, {@code https://host:port/}) but strict about content: an address that cannot
 * name exactly one server is refused with a message that says why.
 *
 * @param tls
 *            whether the server speaks HTTPS (the default) or plain HTTP
 * @param host
 *            host name, IPv4 address or IPv6 address without brackets
 * @param port
 *            listening port, 1–65535
 */
public record ServerAddress(boolean tls, String host, int port) {

    /** The original product's HTTPS port, used when an address names none. */
    public static final int DEFAULT_TLS_PORT = 4343;

    /** The original product's HTTP port, used for {@code http://} addresses that name none. */
    public static final int DEFAULT_PLAIN_PORT = 8080;

    public ServerAddress {
        Objects.requireNonNull(host, "host"); //$NON-NLS-1$
        if (host.isBlank()) {
            throw new IllegalArgumentException(Messages.ServerAddress_hostMissing);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(NLS.bind(Messages.ServerAddress_portOutOfRange, port));
        }
    }

    /**
     * Parses an address as an administrator would write it.
     *
     * @throws IllegalArgumentException
     *             with a message fit to show, when the text names no single server
     */
    public static ServerAddress parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(Messages.ServerAddress_empty);
        }
        String trimmed = text.strip();
        String withScheme = trimmed.contains("://") ? trimmed : "https://" + trimmed; //$NON-NLS-1$ //$NON-NLS-2$
        URI uri;
        try {
            uri = new URI(withScheme);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(NLS.bind(Messages.ServerAddress_malformed, trimmed), e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT); //$NON-NLS-1$
        boolean tls = switch (scheme) {
            case "https" -> true; //$NON-NLS-1$
            case "http" -> false; //$NON-NLS-1$
            default -> throw new IllegalArgumentException(NLS.bind(Messages.ServerAddress_unknownScheme, scheme));
        };
        String host = uri.getHost();
        if (host == null || uri.getUserInfo() != null || !isRootPath(uri)) {
            throw new IllegalArgumentException(NLS.bind(Messages.ServerAddress_malformed, trimmed));
        }
        if (host.startsWith("[") && host.endsWith("]")) { //$NON-NLS-1$ //$NON-NLS-2$
            host = host.substring(1, host.length() - 1);
        }
        int port = uri.getPort() == -1 ? (tls ? DEFAULT_TLS_PORT : DEFAULT_PLAIN_PORT) : uri.getPort();
        return new ServerAddress(tls, host, port);
    }

    private static boolean isRootPath(URI uri) {
        String path = uri.getRawPath();
        return (path == null || path.isEmpty() || "/".equals(path)) && uri.getRawQuery() == null //$NON-NLS-1$
                && uri.getRawFragment() == null;
    }

    /** The base URI of the server, e.g. {@code https://[::1]:4343}. */
    public URI baseUri() {
        return URI.create(toString());
    }

    /** The URI of an API path such as {@link ApiPaths#SERVER}. */
    public URI resolve(String apiPath) {
        return URI.create(toString() + apiPath);
    }

    /** The address as a person reads and types it. */
    @Override
    public String toString() {
        String shownHost = host.indexOf(':') >= 0 ? "[" + host + "]" : host; //$NON-NLS-1$ //$NON-NLS-2$
        return (tls ? "https://" : "http://") + shownHost + ":" + port; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }
}
