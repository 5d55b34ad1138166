/**
 * Wire records of the agent API under {@code /agent/v1}: registration, heartbeats with the commands they hand out,
 * inventory reports and command results. Shared by the server and every agent (the fleet simulator is one).
 */
package io.bulwark.protocol.agent;
