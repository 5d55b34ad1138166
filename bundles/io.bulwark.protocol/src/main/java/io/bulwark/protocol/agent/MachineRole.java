package io.bulwark.protocol.agent;

import java.util.List;

/**
 * What a machine does for the organisation, which decides how carefully and when it may be patched or moved.
 *
 * @param functions
 *            e.g. {@value #DOMAIN_CONTROLLER}, {@value #DATABASE_SERVER}, {@code file_server}, {@code web_server},
 *            {@code mail_server}, {@value #WORKSTATION}
 * @param fsmoRoles
 *            for a domain controller, the operations master roles it holds ({@code schema_master},
 *            {@code domain_naming_master}, {@code pdc_emulator}, {@code rid_master}, {@code infrastructure_master}):
 *            schedule its patches and fail the roles over first
 * @param businessCritical
 *            whether the business stops when the machine does
 */
public record MachineRole(List<String> functions, List<String> fsmoRoles, boolean businessCritical) {

    /** Function of a domain controller. */
    public static final String DOMAIN_CONTROLLER = "domain_controller"; //$NON-NLS-1$
    /** Function of a database server. */
    public static final String DATABASE_SERVER = "database_server"; //$NON-NLS-1$
    /** Function of a user's workstation. */
    public static final String WORKSTATION = "workstation"; //$NON-NLS-1$

    /** Freezes the lists. */
    public MachineRole {
        functions = functions == null ? List.of() : List.copyOf(functions);
        fsmoRoles = fsmoRoles == null ? List.of() : List.copyOf(fsmoRoles);
    }
}
