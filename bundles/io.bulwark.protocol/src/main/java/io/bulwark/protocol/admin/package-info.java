/**
 * Wire records of the administration API under {@code /api/v1}: sessions, accounts, domains, grouping rules, agents,
 * the audit log, backups and the change events of the event stream.
 */
package io.bulwark.protocol.admin;
