package io.bulwark.fleet.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import io.bulwark.protocol.agent.Application;
import io.bulwark.protocol.agent.OperatingSystem;

/**
 * The operating systems, applications and updates simulated endpoints are built from, with the spread of versions a
 * real estate has: mostly current, some behind, a few legacy systems.
 */
final class SoftwareCatalog {

    /**
     * An operating system release and the updates published for it, oldest first.
     *
     * @param os
     *            name and version
     * @param weight
     *            how common it is among its kind of machine
     * @param updates
     *            update ids, oldest first
     */
    record Release(OperatingSystem os, int weight, List<String> updates) {
    }

    /**
     * An application with the versions in use, newest first.
     *
     * @param name
     *            its name
     * @param vendor
     *            its vendor
     * @param versions
     *            versions in use, newest first
     */
    record Product(String name, String vendor, List<String> versions) {

        Application pick(SplittableRandom random) {
            // Most endpoints run the newest version; the rest are spread over older ones.
            int index = random.nextInt(10) < 7 ? 0 : random.nextInt(versions.size());
            return new Application(name, versions.get(index), vendor);
        }
    }

    static final List<Release> CLIENT_RELEASES = List.of(
            release("Windows 11 Enterprise", "24H2", 25, "KB", 5040435, 8), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            release("Windows 11 Enterprise", "23H2", 30, "KB", 5034204, 8), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            release("Windows 10 Enterprise", "22H2", 33, "KB", 5034122, 8), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            release("Windows 10 Enterprise", "21H2", 5, "KB", 5031356, 6), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            release("macOS Sonoma", "14.3", 4, "macOS-14.", 1, 4), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            release("Ubuntu", "22.04 LTS", 3, "USN-66", 10, 6)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    static final List<Release> SERVER_RELEASES = List.of(
            release("Windows Server 2022", "21H2", 45, "KB", 5034129, 8), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            release("Windows Server 2019", "1809", 28, "KB", 5034127, 8), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            release("Windows Server 2016", "1607", 14, "KB", 5034119, 8), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            release("Windows Server 2012 R2", "6.3", 3, "KB", 5034171, 5), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            release("Red Hat Enterprise Linux", "9.3", 6, "RHSA-2024-0", 310, 6), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            release("Ubuntu Server", "22.04 LTS", 4, "USN-66", 10, 6)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

    static final List<Product> DESKTOP_APPLICATIONS = List.of(
            new Product("Microsoft 365 Apps", "Microsoft", List.of("16.0.17328.20162", "16.0.17126.20132", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                    "16.0.16731.20550")), //$NON-NLS-1$
            new Product("Google Chrome", "Google", List.of("121.0.6167.140", "120.0.6099.225", "118.0.5993.118")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            new Product("Mozilla Firefox", "Mozilla", List.of("122.0", "121.0.1", "115.7.0esr")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            new Product("Adobe Acrobat Reader", "Adobe", List.of("23.008.20470", "23.006.20360", "21.001.20145")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            new Product("7-Zip", "Igor Pavlov", List.of("23.01", "22.01", "19.00")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            new Product("Zoom Workplace", "Zoom", List.of("5.17.5", "5.16.10", "5.13.11")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            new Product("Java Runtime Environment", "Oracle", List.of("8u401", "8u381", "8u202")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            new Product("Notepad++", "Notepad++ Team", List.of("8.6.2", "8.5.8", "7.9.5")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
            new Product("SAP GUI", "SAP", List.of("8.00.11", "7.70.14"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    static final Product SQL_SERVER = new Product("Microsoft SQL Server", "Microsoft", //$NON-NLS-1$ //$NON-NLS-2$
            List.of("16.0.4105.2", "15.0.4345.5", "13.0.6435.1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    static final Product POSTGRESQL = new Product("PostgreSQL", "PostgreSQL Global Development Group", //$NON-NLS-1$ //$NON-NLS-2$
            List.of("16.1", "15.5", "13.13")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    static final Product EXCHANGE = new Product("Microsoft Exchange Server 2019", "Microsoft", //$NON-NLS-1$ //$NON-NLS-2$
            List.of("15.2.1544.4", "15.2.1258.28")); //$NON-NLS-1$ //$NON-NLS-2$
    static final Product IIS = new Product("Internet Information Services", "Microsoft", List.of("10.0.20348.1")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    static final Product APACHE = new Product("Apache HTTP Server", "Apache Software Foundation", //$NON-NLS-1$ //$NON-NLS-2$
            List.of("2.4.58", "2.4.57")); //$NON-NLS-1$ //$NON-NLS-2$
    static final Product ADDS = new Product("Active Directory Domain Services", "Microsoft", List.of("10.0")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    static final Product BACKUP = new Product("Veeam Agent", "Veeam", List.of("6.1.0.349", "5.0.3.4708")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

    private SoftwareCatalog() {
    }

    static Release pick(List<Release> releases, SplittableRandom random) {
        int total = releases.stream().mapToInt(Release::weight).sum();
        int draw = random.nextInt(total);
        for (Release release : releases) {
            draw -= release.weight();
            if (draw < 0) {
                return release;
            }
        }
        return releases.getLast();
    }

    private static Release release(String name, String version, int weight, String prefix, int first, int count) {
        List<String> updates = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            updates.add(prefix + (first + i * 7));
        }
        return new Release(new OperatingSystem(name, version), weight, updates);
    }
}
