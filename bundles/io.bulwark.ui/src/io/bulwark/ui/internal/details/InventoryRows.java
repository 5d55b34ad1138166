package io.bulwark.ui.internal.details;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.bulwark.model.Application;
import io.bulwark.model.Connectivity;
import io.bulwark.model.Inventory;
import io.bulwark.model.MachineRole;

/**
 * The inventory an agent reported, as patch assessment reads it: hardware type, operating system, applications, the
 * machine's role, its connectivity, installed and missing updates.
 */
final class InventoryRows {

    private final ModelLabels labels;

    InventoryRows(ModelLabels labels) {
        this.labels = labels;
    }

    List<DetailRow> of(Inventory inventory) {
        List<DetailRow> rows = new ArrayList<>();
        rows.add(DetailRow.of(Messages.Details_hardwareType, labels.value(inventory.getHardwareType())));
        rows.add(DetailRow.of(Messages.Details_operatingSystem, inventory.getOperatingSystem() == null
                ? Messages.Details_none
                : inventory.getOperatingSystem().getDisplayName()));
        List<DetailRow> applications = new ArrayList<>();
        for (Application application : inventory.getApplications()) {
            String version = application.getVendor() == null || application.getVendor().isEmpty()
                    ? application.getVersion()
                    : NLS.bind(Messages.Details_versionByVendor, application.getVersion(), application.getVendor());
            applications.add(DetailRow.of(application.getName(), version));
        }
        rows.add(new DetailRow(Messages.Details_applications, Integer.toString(applications.size()), "", //$NON-NLS-1$
                applications));
        rows.add(role(inventory.getRole()));
        rows.add(connectivity(inventory.getConnectivity()));
        rows.add(updates(Messages.Details_installedUpdates, inventory.getInstalledUpdates()));
        rows.add(updates(Messages.Details_missingUpdates, inventory.getMissingUpdates()));
        rows.add(DetailRow.of(Messages.Details_collectedAt, labels.value(inventory.getCollectedAt())));
        rows.add(DetailRow.of(Messages.Details_reportedAt, labels.value(inventory.getReportedAt())));
        return rows;
    }

    private DetailRow role(MachineRole role) {
        if (role == null) {
            return DetailRow.of(Messages.Details_role, Messages.Details_notReported);
        }
        List<DetailRow> rows = new ArrayList<>();
        rows.add(DetailRow.of(Messages.Details_functions, labels.value(role.getFunctions())));
        rows.add(DetailRow.of(Messages.Details_businessCritical,
                labels.value(Boolean.valueOf(role.isBusinessCritical()))));
        rows.add(DetailRow.of(Messages.Details_domainController,
                labels.value(Boolean.valueOf(role.isDomainController()))));
        rows.add(DetailRow.of(Messages.Details_fsmoRoles, labels.value(role.getFsmoRoles())));
        rows.add(DetailRow.of(Messages.Details_databaseServer, labels.value(Boolean.valueOf(role.isDatabaseServer()))));
        return new DetailRow(Messages.Details_role, labels.value(role.getFunctions()), "", rows); //$NON-NLS-1$
    }

    private DetailRow connectivity(Connectivity connectivity) {
        if (connectivity == null) {
            return DetailRow.of(Messages.Details_connectivity, Messages.Details_notReported);
        }
        String value = connectivity.getKbitPerSecond() == null
                ? labels.value(connectivity.getLink())
                : NLS.bind(Messages.Details_linkSpeed, labels.value(connectivity.getLink()),
                        connectivity.getKbitPerSecond());
        if (connectivity.isSlow()) {
            value = NLS.bind(Messages.Details_slowLink, value);
        }
        return DetailRow.of(Messages.Details_connectivity, value);
    }

    private static DetailRow updates(String label, List<String> ids) {
        List<DetailRow> rows = new ArrayList<>();
        for (String id : ids) {
            rows.add(DetailRow.of(id, "")); //$NON-NLS-1$
        }
        return new DetailRow(label, Integer.toString(ids.size()), "", rows); //$NON-NLS-1$
    }
}
