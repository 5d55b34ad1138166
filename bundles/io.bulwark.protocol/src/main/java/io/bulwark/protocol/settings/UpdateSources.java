package io.bulwark.protocol.settings;

import java.util.List;

/**
 * Where agents fetch components from: the server itself, or a custom list that maps agents' address ranges to sources
 * close to them (a share at a remote office, or an update agent there).
 *
 * @param mode
 *            {@link #STANDARD} (the server) or {@link #CUSTOM} (the {@link #custom()} list)
 * @param custom
 *            for {@link #CUSTOM}: 1 to {@link #MAX_ENTRIES} entries; an agent uses the first whose range holds its
 *            address. Overlapping ranges are accepted and reported as warnings. Empty for {@link #STANDARD}.
 * @param fallbackToServer
 *            for {@link #CUSTOM}: whether agents whose address matches no entry, or whose source is unreachable, update
 *            from the server; absent for {@link #STANDARD}
 */
public record UpdateSources(String mode, List<UpdateSourceEntry> custom, Boolean fallbackToServer) {

    /** Agents update from the server. */
    public static final String STANDARD = "standard"; //$NON-NLS-1$
    /** Agents update from the custom list. */
    public static final String CUSTOM = "custom"; //$NON-NLS-1$
    /** The accepted values of {@link #mode()}. */
    public static final List<String> MODES = List.of(STANDARD, CUSTOM);

    /** The longest custom list. */
    public static final int MAX_ENTRIES = 1000;

    /** @return the standard source: the server */
    public static UpdateSources standard() {
        return new UpdateSources(STANDARD, List.of(), null);
    }
}
