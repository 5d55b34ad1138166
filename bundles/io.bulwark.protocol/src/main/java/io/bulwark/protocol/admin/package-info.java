/**
 * Wire records of the administration API under {@code /api/v1}: sessions, accounts, domains, grouping rules and agents.
 */
package io.bulwark.protocol.admin;
