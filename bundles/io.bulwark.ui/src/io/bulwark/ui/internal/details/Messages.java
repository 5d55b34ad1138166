package io.bulwark.ui.internal.details;

import org.eclipse.osgi.util.NLS;

/** Texts of the Details part. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.ui.internal.details.messages"; //$NON-NLS-1$

    public static String Details_address;
    public static String Details_agentGone;
    public static String Details_agentId;
    public static String Details_agentTitle;
    public static String Details_agentVersion;
    public static String Details_agentsDirectly;
    public static String Details_agentsInAll;
    public static String Details_applications;
    public static String Details_businessCritical;
    public static String Details_collectedAt;
    public static String Details_columnProperty;
    public static String Details_columnSource;
    public static String Details_columnValue;
    public static String Details_componentOutdated;
    public static String Details_components;
    public static String Details_connectivity;
    public static String Details_databaseServer;
    public static String Details_domain;
    public static String Details_domainController;
    public static String Details_domainGone;
    public static String Details_domainTitle;
    public static String Details_domains;
    public static String Details_facts;
    public static String Details_fingerprint;
    public static String Details_fsmoRoles;
    public static String Details_functions;
    public static String Details_hardwareType;
    public static String Details_heartbeat;
    public static String Details_hostName;
    public static String Details_installedUpdates;
    public static String Details_inventory;
    public static String Details_lastSeen;
    public static String Details_linkSpeed;
    public static String Details_listeningPort;
    public static String Details_loadFailed;
    public static String Details_loadJob;
    public static String Details_loading;
    public static String Details_milliseconds;
    public static String Details_missingUpdates;
    public static String Details_name;
    public static String Details_no;
    public static String Details_none;
    public static String Details_notReported;
    public static String Details_notSet;
    public static String Details_nothingSelected;
    public static String Details_operatingSystem;
    public static String Details_path;
    public static String Details_pendingCommands;
    public static String Details_registeredAt;
    public static String Details_reportedAt;
    public static String Details_role;
    public static String Details_rootDomain;
    public static String Details_server;
    public static String Details_serverTitle;
    public static String Details_serverVersion;
    public static String Details_settings;
    public static String Details_severalSelected;
    public static String Details_signedInAs;
    public static String Details_slowLink;
    public static String Details_sourceAgent;
    public static String Details_sourceDomain;
    public static String Details_sourceRoot;
    public static String Details_sourceThisAgent;
    public static String Details_sourceThisDomain;
    public static String Details_state;
    public static String Details_status;
    public static String Details_subdomains;
    public static String Details_updateAgent;
    public static String Details_userAndRole;
    public static String Details_versionByVendor;
    public static String Details_yes;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
