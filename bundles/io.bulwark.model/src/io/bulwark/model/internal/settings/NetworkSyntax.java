package io.bulwark.model.internal.settings;

import static io.bulwark.protocol.settings.NetworkSyntax.MAX_RANGE;
import static io.bulwark.protocol.settings.NetworkSyntax.MAX_URL;
import static io.bulwark.protocol.settings.NetworkSyntax.isAddress;
import static io.bulwark.protocol.settings.NetworkSyntax.isAgentId;
import static io.bulwark.protocol.settings.NetworkSyntax.isHostName;
import static io.bulwark.protocol.settings.NetworkSyntax.isMac;
import static io.bulwark.protocol.settings.NetworkSyntax.isPort;
import static io.bulwark.protocol.settings.NetworkSyntax.isPortEntry;
import static io.bulwark.protocol.settings.NetworkSyntax.isRangeWithinLimits;
import static io.bulwark.protocol.settings.NetworkSyntax.isWrittenAsAddress;
import static io.bulwark.protocol.settings.NetworkSyntax.rangeOrNull;
import static io.bulwark.protocol.settings.NetworkSyntax.urlProblem;

import java.net.URI;

import org.eclipse.osgi.util.NLS;

import io.bulwark.protocol.settings.NetworkSyntax.UrlProblem;

/**
 * Says why a network value in settings breaks the protocol's {@link io.bulwark.protocol.settings.NetworkSyntax}, which
 * the server checks too: IP addresses and ranges, host names, ports, MAC addresses, URLs and agent ids. Each check
 * returns why the value is refused, or {@code null} if it is accepted.
 */
final class NetworkSyntax {

    private NetworkSyntax() {
    }

    static String ipRange(String value) {
        if (value == null || value.isEmpty()) {
            return Messages.IpRange_missing;
        }
        if (!isRangeWithinLimits(value)) {
            return NLS.bind(Messages.IpRange_tooLong, Integer.valueOf(MAX_RANGE));
        }
        return rangeOrNull(value) == null ? NLS.bind(Messages.IpRange_invalid, ListChecks.shorten(value)) : null;
    }

    static String address(String value) {
        if (value == null || value.isEmpty()) {
            return Messages.Address_missing;
        }
        return isAddress(value) ? null : NLS.bind(Messages.Address_invalid, ListChecks.shorten(value));
    }

    static String hostOrAddress(String value) {
        if (value == null || value.isEmpty()) {
            return Messages.Address_missing;
        }
        if (isWrittenAsAddress(value)) {
            return address(value);
        }
        return isHostName(value) ? null : NLS.bind(Messages.HostOrAddress_invalid, ListChecks.shorten(value));
    }

    static String port(int port) {
        return isPort(port) ? null : NLS.bind(Messages.Port_outOfRange, Integer.toString(port));
    }

    /** A firewall port entry: {@code 443} or {@code 8000-8080}. */
    static String ports(String value) {
        return isPortEntry(value) ? null : NLS.bind(Messages.Ports_invalid, ListChecks.shorten(value));
    }

    static String mac(String value) {
        return isMac(value) ? null : NLS.bind(Messages.Mac_invalid, ListChecks.shorten(value));
    }

    static String agentId(String value) {
        return isAgentId(value) ? null : NLS.bind(Messages.AgentId_invalid, ListChecks.shorten(value));
    }

    /** An absolute {@code http} or {@code https} URL with a host and without user information or fragment. */
    static String url(String value) {
        UrlProblem problem = urlProblem(value);
        if (problem == null) {
            return null;
        }
        String shown = ListChecks.shorten(value);
        return switch (problem) {
            case TOO_LONG -> NLS.bind(Messages.Url_tooLong, Integer.valueOf(MAX_URL));
            case SYNTAX, NOT_HTTP, NO_HOST -> NLS.bind(Messages.Url_invalid, shown);
            case USER_INFO -> NLS.bind(Messages.Url_userInfo, shown);
            case FRAGMENT -> NLS.bind(Messages.Url_fragment, shown);
            case PORT -> NLS.bind(Messages.Url_port, shown, Integer.toString(URI.create(value).getPort()));
        };
    }
}
