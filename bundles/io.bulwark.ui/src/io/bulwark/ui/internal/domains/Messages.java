package io.bulwark.ui.internal.domains;

import org.eclipse.osgi.util.NLS;

/** Texts of the domain commands and the grouping-rule dialogs. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.ui.internal.domains.messages"; //$NON-NLS-1$

    public static String CreateDomain_advice;
    public static String CreateDomain_job;
    public static String CreateDomain_title;
    public static String CreateDomain_underDomain;
    public static String CreateDomain_underRoot;
    public static String DeleteDomain_advice;
    public static String DeleteDomain_confirm;
    public static String DeleteDomain_confirmTitle;
    public static String DeleteDomain_job;
    public static String DeleteDomain_notEmpty;
    public static String DeleteDomain_notEmptyTitle;
    public static String DomainNames_badCharacter;
    public static String DomainNames_empty;
    public static String DomainNames_taken;
    public static String DomainNames_tooLong;
    public static String GroupingRuleDialog_domain;
    public static String GroupingRuleDialog_domainMissing;
    public static String GroupingRuleDialog_message;
    public static String GroupingRuleDialog_range;
    public static String GroupingRuleDialog_rangeInvalid;
    public static String GroupingRuleDialog_rangeMissing;
    public static String GroupingRulesDialog_add;
    public static String GroupingRulesDialog_addJob;
    public static String GroupingRulesDialog_addTitle;
    public static String GroupingRulesDialog_columnDomain;
    public static String GroupingRulesDialog_columnPosition;
    public static String GroupingRulesDialog_columnRange;
    public static String GroupingRulesDialog_edit;
    public static String GroupingRulesDialog_editJob;
    public static String GroupingRulesDialog_editTitle;
    public static String GroupingRulesDialog_failed;
    public static String GroupingRulesDialog_loadJob;
    public static String GroupingRulesDialog_message;
    public static String GroupingRulesDialog_readOnly;
    public static String GroupingRulesDialog_remove;
    public static String GroupingRulesDialog_removeJob;
    public static String GroupingRulesDialog_title;
    public static String RenameDomain_advice;
    public static String RenameDomain_job;
    public static String RenameDomain_message;
    public static String RenameDomain_title;
    public static String ServerCallJob_failed;
    public static String ServerCallJob_forbidden;
    public static String ServerCallJob_title;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
