/**
 * Database backups: a consistent logical copy of every table taken in one snapshot transaction, kept as a zip of NDJSON
 * entries with a manifest in the data folder's {@code backups/}, listed, downloaded and restored in one transaction.
 * Works the same on H2 and PostgreSQL.
 */
package io.bulwark.server.internal.backup;
