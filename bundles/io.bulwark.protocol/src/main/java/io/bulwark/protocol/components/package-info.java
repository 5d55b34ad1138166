/**
 * Wire records of components (pattern files and engines) and their distribution: the server's component versions, the
 * "update server now" job, notifying agents and the notification queue under {@code /api/v1}, the
 * {@code update_components} command agents receive, and the {@link io.bulwark.protocol.components.IncrementPatch}
 * format of the increment files agents download from {@code /agent/v1/components}.
 */
package io.bulwark.protocol.components;
