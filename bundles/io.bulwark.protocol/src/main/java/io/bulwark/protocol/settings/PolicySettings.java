package io.bulwark.protocol.settings;

import java.util.List;

/**
 * The settings document of one scope, one member per settings group. At the root every group is set: it is the complete
 * default. At a domain or an agent a group is either set, overriding the group as a whole, or absent ({@code null}),
 * inheriting it from the parent domain and finally the root.
 *
 * @param scanMethod
 *            {@link #SMART_SCAN} (local patterns first, then a smart protection server) or {@link #STANDARD_SCAN} (all
 *            patterns local)
 * @param scanSettings
 *            per scan type; each scan type is inherited on its own
 * @param privileges
 *            what agent users may do, and other agent settings
 * @param updateSettings
 *            when agents update their components
 * @param updateSources
 *            where agents update from
 * @param webReputation
 *            web reputation for agents inside and outside the corporate network
 * @param firewall
 *            firewall policies and profiles
 * @param globalSettings
 *            server-wide agent settings; set at the root only
 */
public record PolicySettings(String scanMethod, ScanSettings scanSettings, Privileges privileges,
        UpdateSettings updateSettings, UpdateSources updateSources, WebReputation webReputation, Firewall firewall,
        GlobalAgentSettings globalSettings) {

    /** Smart scan: local first, then queries a smart protection server in the cloud or on-premises. */
    public static final String SMART_SCAN = "smart"; //$NON-NLS-1$

    /** Standard scan: all patterns are kept on the agent. */
    public static final String STANDARD_SCAN = "standard"; //$NON-NLS-1$

    /** The accepted values of {@link #scanMethod()}. */
    public static final List<String> SCAN_METHODS = List.of(SMART_SCAN, STANDARD_SCAN);

    /** @return a document that sets nothing: a domain or agent that inherits every group */
    public static PolicySettings inheritAll() {
        return new PolicySettings(null, null, null, null, null, null, null, null);
    }
}
