/**
 * Wire records of settings ("policies") under {@code /api/v1/policies}: one {@link io.bulwark.protocol.settings.Policy}
 * per scope (the root, a domain, an agent), whose {@link io.bulwark.protocol.settings.PolicySettings} override or
 * inherit each settings group, and the {@link io.bulwark.protocol.settings.EffectiveSettings} an agent ends up with,
 * each group naming the scope it comes from.
 * <p>
 * Enumerated values travel as lower-case strings; each record lists the values it accepts in constants, so the console
 * can validate what an administrator types with the same lists the server checks against.
 */
package io.bulwark.protocol.settings;
