package io.bulwark.server.tests;

/**
 * Small helpers the test classes share.
 */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * Closes every part in order, even when one fails, skipping {@code null}s (parts a failed start never made); the
     * first failure is thrown with the others suppressed in it.
     *
     * @param parts
     *            e.g. an admin session, the server process, its database
     * @throws Exception
     *             the first failure to close
     */
    public static void closeAll(AutoCloseable... parts) throws Exception {
        Exception failure = null;
        for (AutoCloseable part : parts) {
            if (part == null) {
                continue;
            }
            try {
                part.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
