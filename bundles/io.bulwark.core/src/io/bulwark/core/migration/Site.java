package io.bulwark.core.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;

import io.bulwark.core.internal.migration.Messages;
import io.bulwark.protocol.IpRange;

/**
 * A named site of a campaign: the IP ranges (IPv4 or IPv6) its agents sit in, as the sample multi-site deployment of
 * the original names a head office and remote sites, each deployed in its own waves.
 *
 * @param name
 *            the site's name, e.g. {@code head-office}
 * @param ranges
 *            its ranges as written: an address, {@code address/prefix} or {@code first-last}
 */
public record Site(String name, List<String> ranges) {

    /** The longest site name accepted. */
    public static final int MAX_NAME = 64;

    /** Freezes the ranges. */
    public Site {
        Objects.requireNonNull(name, "name"); //$NON-NLS-1$
        ranges = List.copyOf(ranges);
    }

    /**
     * Reads a site as an administrator writes it: {@code NAME=RANGE[,RANGE...]}.
     *
     * @param text
     *            the site, e.g. {@code branch=10.20.0.0/16,fd00:20::/32}
     * @return the site, its ranges checked
     * @throws MigrationRefusedException
     *             saying what is wrong with the text: no name, no range, a range that is not one
     */
    public static Site parse(String text) throws MigrationRefusedException {
        int equals = text == null ? -1 : text.indexOf('=');
        if (equals < 0) {
            throw new MigrationRefusedException(NLS.bind(Messages.Site_noEquals, text));
        }
        String name = text.substring(0, equals).strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new MigrationRefusedException(NLS.bind(Messages.Site_badName, text, Integer.valueOf(MAX_NAME)));
        }
        List<String> ranges = new ArrayList<>();
        for (String range : text.substring(equals + 1).split(",", -1)) { //$NON-NLS-1$
            ranges.add(range.strip());
        }
        Site site = new Site(name, ranges);
        site.parsedRanges();
        return site;
    }

    /**
     * @return the ranges, parsed
     * @throws MigrationRefusedException
     *             naming the site and the range that is empty or not a range
     */
    public List<IpRange> parsedRanges() throws MigrationRefusedException {
        List<IpRange> parsed = new ArrayList<>();
        for (String range : ranges) {
            if (range == null || range.isBlank()) {
                throw new MigrationRefusedException(NLS.bind(Messages.Site_emptyRange, name));
            }
            try {
                parsed.add(IpRange.parse(range));
            } catch (IllegalArgumentException e) {
                throw new MigrationRefusedException(
                        NLS.bind(Messages.Site_badRange, new Object[]{name, range, e.getMessage()}), e);
            }
        }
        if (parsed.isEmpty()) {
            throw new MigrationRefusedException(NLS.bind(Messages.Site_emptyRange, name));
        }
        return parsed;
    }

    /** @return the site as {@code NAME=RANGE,RANGE}, which {@link #parse(String)} reads back */
    @Override
    public String toString() {
        return name + '=' + String.join(",", ranges); //$NON-NLS-1$
    }
}
