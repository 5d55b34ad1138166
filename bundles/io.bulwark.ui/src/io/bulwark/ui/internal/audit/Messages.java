package io.bulwark.ui.internal.audit;

import org.eclipse.osgi.util.NLS;

/** Texts of the Audit Log part. */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "io.bulwark.ui.internal.audit.messages"; //$NON-NLS-1$

    public static String AuditPart_action;
    public static String AuditPart_all;
    public static String AuditPart_anyTime;
    public static String AuditPart_columnAction;
    public static String AuditPart_columnAddress;
    public static String AuditPart_columnTarget;
    public static String AuditPart_columnTime;
    public static String AuditPart_columnUser;
    public static String AuditPart_lastDay;
    public static String AuditPart_lastHour;
    public static String AuditPart_lastMonth;
    public static String AuditPart_lastWeek;
    public static String AuditPart_more;
    public static String AuditPart_noServer;
    public static String AuditPart_period;
    public static String AuditPart_readAction;
    public static String AuditPart_reading;
    public static String AuditPart_search;
    public static String AuditPart_someShown;
    public static String AuditPart_target;
    public static String AuditPart_targetHint;
    public static String AuditPart_user;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
