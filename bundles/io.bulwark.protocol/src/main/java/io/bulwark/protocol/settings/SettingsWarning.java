package io.bulwark.protocol.settings;

/**
 * Something in accepted settings that an administrator should look at, e.g. overlapping update source ranges (the first
 * matching entry wins) or an update agent this server does not know.
 *
 * @param field
 *            the path of the field concerned, e.g. {@code updateSources.custom[3].ipRange}
 * @param message
 *            a sentence for a person
 */
public record SettingsWarning(String field, String message) {
}
