/**
 * Wire records of the administration API under {@code /api/v1}: sessions, accounts, domains and grouping rules.
 */
package io.bulwark.protocol.admin;
