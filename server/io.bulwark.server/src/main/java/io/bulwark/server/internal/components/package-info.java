/**
 * Components (pattern files and engines): the versions this server holds and the files behind them in
 * {@code <data>/components}, "update server now" from an update source, component downloads for agents, notifying
 * agents and the notification queue.
 */
package io.bulwark.server.internal.components;
