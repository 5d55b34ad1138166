package io.bulwark.model.validation;

import org.eclipse.osgi.util.NLS;

/** Texts of the model's validation that a person may read, in {@code messages.properties}. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.model.validation.messages"; //$NON-NLS-1$

    public static String TreeValidator_certificateValidity;
    public static String TreeValidator_certificateEndsBeforeStart;
    public static String TreeValidator_domainNameBlank;
    public static String TreeValidator_domainNameControl;
    public static String TreeValidator_domainNameSpaces;
    public static String TreeValidator_domainNameTooLong;
    public static String TreeValidator_duplicateDomainName;
    public static String TreeValidator_groupingRuleRange;
    public static String TreeValidator_serverHostBlank;
    public static String TreeValidator_serverPort;
    public static String ObjectLabels_agent;
    public static String ObjectLabels_certificate;
    public static String ObjectLabels_domain;
    public static String ObjectLabels_groupingRule;
    public static String ObjectLabels_root;
    public static String ObjectLabels_server;
    public static String ObjectLabels_unnamed;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
