/**
 * The audit log: every mutation through the admin API, with who, what, when, before and after.
 */
package io.bulwark.server.internal.audit;
