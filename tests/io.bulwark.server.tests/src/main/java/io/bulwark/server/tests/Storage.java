package io.bulwark.server.tests;

/**
 * The databases a server can keep its data in; storage-related tests run once for each.
 */
public enum Storage {
    /** The embedded H2 database in the data folder, the default. */
    H2,
    /** A PostgreSQL database given with {@code --db}. */
    POSTGRESQL
}
