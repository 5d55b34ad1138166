package io.bulwark.protocol;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A contiguous range of IPv4 or IPv6 addresses, as administrators write them in grouping rules and update-source
 * tables: one address ({@code 10.1.2.3}), a prefix ({@code 10.1.0.0/16}, {@code fd00::/8}) or two ends
 * ({@code 10.1.2.10-10.1.2.99}). Parsing never consults name resolution: only address literals are accepted.
 * <p>
 * Shared by the server, which matches arriving agents against ranges, and the console, which validates what an
 * administrator types and flags overlapping ranges.
 */
public final class IpRange {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}"); //$NON-NLS-1$

    private final int addressBytes;
    private final BigInteger first;
    private final BigInteger last;
    private final String text;

    private IpRange(int addressBytes, BigInteger first, BigInteger last, String text) {
        this.addressBytes = addressBytes;
        this.first = first;
        this.last = last;
        this.text = text;
    }

    /**
     * @param text
     *            an address, {@code address/prefix} or {@code first-last}, IPv4 or IPv6
     * @return the range
     * @throws IllegalArgumentException
     *             with a message for a person if {@code text} is not a range
     */
    public static IpRange parse(String text) {
        Objects.requireNonNull(text, "text"); //$NON-NLS-1$
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("An IP range is empty; write an address, address/prefix or first-last"); //$NON-NLS-1$
        }
        int slash = trimmed.indexOf('/');
        int dash = trimmed.indexOf('-');
        if (slash >= 0) {
            return prefix(trimmed, slash);
        }
        if (dash >= 0) {
            return span(trimmed, dash);
        }
        byte[] address = address(trimmed, trimmed);
        BigInteger value = new BigInteger(1, address);
        return new IpRange(address.length, value, value, trimmed);
    }

    private static IpRange prefix(String text, int slash) {
        byte[] address = address(text.substring(0, slash), text);
        int bits = address.length * 8;
        int length;
        try {
            length = Integer.parseInt(text.substring(slash + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text + "\" has no prefix length after '/'", e); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (length < 0 || length > bits) {
            throw new IllegalArgumentException(
                    "\"" + text + "\" has prefix length " + length + "; it must be 0.." + bits); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        BigInteger hostMask = BigInteger.ONE.shiftLeft(bits - length).subtract(BigInteger.ONE);
        BigInteger value = new BigInteger(1, address);
        BigInteger first = value.andNot(hostMask);
        if (!first.equals(value)) {
            throw new IllegalArgumentException("\"" + text + "\" has host bits set; the network is " //$NON-NLS-1$ //$NON-NLS-2$
                    + literal(first, address.length) + "/" + length); //$NON-NLS-1$
        }
        return new IpRange(address.length, first, first.or(hostMask), text);
    }

    private static IpRange span(String text, int dash) {
        byte[] from = address(text.substring(0, dash), text);
        byte[] to = address(text.substring(dash + 1), text);
        if (from.length != to.length) {
            throw new IllegalArgumentException("\"" + text + "\" mixes an IPv4 and an IPv6 address"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        BigInteger first = new BigInteger(1, from);
        BigInteger last = new BigInteger(1, to);
        if (first.compareTo(last) > 0) {
            throw new IllegalArgumentException("\"" + text + "\" ends before it starts"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return new IpRange(from.length, first, last, text);
    }

    private static byte[] address(String literal, String whole) {
        String candidate = literal.strip();
        boolean v6 = candidate.indexOf(':') >= 0;
        if (!v6 && !isIpv4(candidate)) {
            throw new IllegalArgumentException("\"" + candidate + "\" in \"" + whole + "\" is not an IP address"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        if (v6 && !candidate.matches("[0-9A-Fa-f:.]+")) { //$NON-NLS-1$
            throw new IllegalArgumentException("\"" + candidate + "\" in \"" + whole + "\" is not an IPv6 address"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        try {
            // Both forms are literals here, so no name lookup happens.
            byte[] bytes = InetAddress.getByName(candidate).getAddress();
            if (v6 && bytes.length == 4) {
                throw new IllegalArgumentException(
                        "\"" + candidate + "\" in \"" + whole + "\" is an IPv4-mapped address; write it as IPv4"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            return bytes;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("\"" + candidate + "\" in \"" + whole + "\" is not an IP address", e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
    }

    private static boolean isIpv4(String candidate) {
        if (!IPV4.matcher(candidate).matches()) {
            return false;
        }
        for (String part : candidate.split("\\.")) { //$NON-NLS-1$
            if (Integer.parseInt(part) > 255) {
                return false;
            }
        }
        return true;
    }

    /**
     * @param address
     *            an IPv4 or IPv6 address literal
     * @return whether the address lies in this range; {@code false} for an address of the other family or not an
     *         address at all
     */
    public boolean contains(String address) {
        IpRange single;
        try {
            single = parse(address);
        } catch (IllegalArgumentException e) {
            return false;
        }
        return single.addressBytes == addressBytes && first.compareTo(single.first) <= 0
                && last.compareTo(single.last) >= 0;
    }

    /**
     * @param other
     *            another range
     * @return whether the two ranges share at least one address
     */
    public boolean overlaps(IpRange other) {
        return addressBytes == other.addressBytes && first.compareTo(other.last) <= 0
                && other.first.compareTo(last) <= 0;
    }

    /** @return whether this is an IPv6 range */
    public boolean isIpv6() {
        return addressBytes == 16;
    }

    /** @return the number of addresses in the range */
    public BigInteger size() {
        return last.subtract(first).add(BigInteger.ONE);
    }

    private static String literal(BigInteger value, int length) {
        byte[] raw = value.toByteArray();
        byte[] bytes = new byte[length];
        int copy = Math.min(raw.length, length);
        System.arraycopy(raw, raw.length - copy, bytes, length - copy, copy);
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof IpRange other && addressBytes == other.addressBytes && first.equals(other.first)
                && last.equals(other.last);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Integer.valueOf(addressBytes), first, last);
    }

    /** @return the range as it was written (trimmed), which {@link #parse(String)} reads back */
    @Override
    public String toString() {
        return text;
    }
}
