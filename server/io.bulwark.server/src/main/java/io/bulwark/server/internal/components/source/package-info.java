/**
 * The simulated update source, the "ActiveUpdate" that servers fetch components from: a small HTTP service publishing
 * real files (full files and increments, listed with sizes and SHA-256 hashes in a JSON manifest) whose content is
 * derived deterministically from each component's name and version. It runs in a server's process or on its own
 * ({@code bulwark-server update-source}), and offers test hooks to publish versions and corrupt files.
 */
package io.bulwark.server.internal.components.source;
