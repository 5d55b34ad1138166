package io.bulwark.core.internal.migration;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Comparator;

import io.bulwark.protocol.settings.NetworkSyntax;

/** The subnet an agent's address lies in, for grouping agents by subnet. */
public final class Subnets {

    /** A subnet: its family, its first address, and how it is written ({@code 10.1.2.0/24}). */
    public record Subnet(boolean ipv6, BigInteger network, String text) {
    }

    /** IPv4 before IPv6, then by address. */
    public static final Comparator<Subnet> ORDER = Comparator.comparing(Subnet::ipv6)
            .thenComparing(Subnet::network);

    private Subnets() {
    }

    /**
     * @param ip
     *            an address as an agent reports it, or {@code null}
     * @param ipv4Prefix
     *            the prefix length of an IPv4 subnet, 0 to 32
     * @param ipv6Prefix
     *            the prefix length of an IPv6 subnet, 0 to 128
     * @return its subnet, or {@code null} if it is not an address
     */
    public static Subnet of(String ip, int ipv4Prefix, int ipv6Prefix) {
        if (ip == null || !NetworkSyntax.isAddress(ip)) {
            return null;
        }
        byte[] bytes;
        try {
            // a literal checked above: no name is looked up
            bytes = InetAddress.getByName(ip).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
        int bits = bytes.length * 8;
        int prefix = bytes.length == 4 ? ipv4Prefix : ipv6Prefix;
        BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - prefix).subtract(BigInteger.ONE);
        BigInteger network = new BigInteger(1, bytes).andNot(hostMask);
        return new Subnet(bytes.length == 16, network, literal(network, bytes.length) + '/' + prefix);
    }

    private static String literal(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        byte[] bytes = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, bytes, length - copy, copy);
        if (length == 4) {
            try {
                return InetAddress.getByAddress(bytes).getHostAddress();
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return ipv6(bytes);
    }

    /** An IPv6 address in the short form of RFC 5952: lower case, the longest run of zero groups as {@code ::}. */
    private static String ipv6(byte[] bytes) {
        int[] groups = new int[8];
        for (int index = 0; index < 8; index++) {
            groups[index] = (bytes[2 * index] & 0xff) << 8 | bytes[2 * index + 1] & 0xff;
        }
        int bestStart = -1;
        int bestLength = 1;
        for (int start = 0; start < 8; start++) {
            int length = 0;
            while (start + length < 8 && groups[start + length] == 0) {
                length++;
            }
            if (length > bestLength) {
                bestStart = start;
                bestLength = length;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int index = 0; index < 8; index++) {
            if (index == bestStart) {
                text.append("::"); //$NON-NLS-1$
                index += bestLength - 1;
                continue;
            }
            if (text.length() > 0 && text.charAt(text.length() - 1) != ':') {
                text.append(':');
            }
            text.append(Integer.toHexString(groups[index]));
        }
        return text.toString();
    }
}
