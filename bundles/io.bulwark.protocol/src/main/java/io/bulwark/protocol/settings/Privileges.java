package io.bulwark.protocol.settings;

import java.util.List;

/**
 * Privileges and other settings: what a user on the endpoint may do with the agent, and how the agent protects itself.
 *
 * @param configureScans
 *            whether agent users may change manual, real-time and scheduled scan settings
 * @param toggleFirewall
 *            whether agent users may turn the firewall on and off
 * @param configureProxy
 *            whether agent users may set the agent's proxy
 * @param updateNow
 *            whether agent users may start a component update
 * @param updateComponentsOnly
 *            the switch that holds agents back during a server upgrade: the agent may update components but may not
 *            upgrade the agent program or deploy hotfixes
 * @param securityLevel
 *            protection of the agent's folder: {@link #NORMAL} or {@link #HIGH} (users may not change its files or
 *            registry keys)
 * @param unload
 *            whether a user may unload the agent: {@link #ALLOW} or {@link #REQUIRE_PASSWORD}
 * @param uninstall
 *            whether a user may uninstall the agent: {@link #ALLOW} or {@link #REQUIRE_PASSWORD}
 * @param unloadPassword
 *            the unload/uninstall password: written as {@link UnloadPassword#password()}, stored only as a hash, read
 *            back as {@link UnloadPassword#set()} alone
 */
public record Privileges(Boolean configureScans, Boolean toggleFirewall, Boolean configureProxy, Boolean updateNow,
        Boolean updateComponentsOnly, String securityLevel, String unload, String uninstall,
        UnloadPassword unloadPassword) {

    /** Normal protection of the agent's folder. */
    public static final String NORMAL = "normal"; //$NON-NLS-1$
    /** High protection: users may not change the agent's files and registry keys. */
    public static final String HIGH = "high"; //$NON-NLS-1$
    /** The accepted values of {@link #securityLevel()}. */
    public static final List<String> SECURITY_LEVELS = List.of(NORMAL, HIGH);

    /** Users may unload or uninstall the agent. */
    public static final String ALLOW = "allow"; //$NON-NLS-1$
    /** Users must give the unload/uninstall password. */
    public static final String REQUIRE_PASSWORD = "require_password"; //$NON-NLS-1$
    /** The accepted values of {@link #unload()} and {@link #uninstall()}. */
    public static final List<String> UNLOAD_RULES = List.of(ALLOW, REQUIRE_PASSWORD);
}
