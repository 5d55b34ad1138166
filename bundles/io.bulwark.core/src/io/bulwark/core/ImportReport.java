package io.bulwark.core;

import java.util.List;

/**
 * What an import of a server list did.
 *
 * @param added
 *            how many servers were added
 * @param duplicates
 *            one sentence per server of the file that was not added because a server with the same address is already
 *            registered (or listed earlier in the same file), fit to show to a person
 */
public record ImportReport(int added, List<String> duplicates) {

    public ImportReport {
        duplicates = List.copyOf(duplicates);
    }
}
