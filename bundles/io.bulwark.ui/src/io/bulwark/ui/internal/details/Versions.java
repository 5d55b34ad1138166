package io.bulwark.ui.internal.details;

/** Compares component versions as the server writes them: numbers, or dotted numbers. */
final class Versions {

    private Versions() {
    }

    /** @return whether {@code version} is older than {@code reference}; unreadable versions are never older */
    static boolean isOlder(String version, String reference) {
        if (version == null || reference == null) {
            return false;
        }
        String[] mine = version.split("\\."); //$NON-NLS-1$
        String[] theirs = reference.split("\\."); //$NON-NLS-1$
        try {
            for (int i = 0; i < Math.max(mine.length, theirs.length); i++) {
                long a = i < mine.length ? Long.parseLong(mine[i].trim()) : 0;
                long b = i < theirs.length ? Long.parseLong(theirs[i].trim()) : 0;
                if (a != b) {
                    return a < b;
                }
            }
            return false;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
