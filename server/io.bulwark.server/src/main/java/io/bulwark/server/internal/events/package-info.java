/**
 * The server's feed of changes, which the event stream delivers to consoles.
 */
package io.bulwark.server.internal.events;
