/**
 * Settings per scope (root, domain, agent) for every settings group, their inheritance and effective values.
 */
package io.bulwark.server.internal.settings;
