package io.bulwark.client.internal.mapping;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.ECollections;

import io.bulwark.model.Agent;
import io.bulwark.model.Application;
import io.bulwark.model.Connectivity;
import io.bulwark.model.FsmoRole;
import io.bulwark.model.HardwareType;
import io.bulwark.model.Inventory;
import io.bulwark.model.LinkType;
import io.bulwark.model.MachineRole;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.ModelPackage;
import io.bulwark.model.OperatingSystem;

/**
 * Maps an agent's reported inventory onto the agent, in place: a reloaded inventory keeps the model objects of what did
 * not change. Words this console does not know (a new hardware type, link or role) read as unknown and are skipped,
 * since an inventory is information, not a command.
 */
final class InventoryMapping {

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    private InventoryMapping() {
    }

    /**
     * @param agent
     *            the agent
     * @param wire
     *            its latest inventory, or {@code null} if it never reported one
     * @param reportedAt
     *            when the server received it
     */
    static void apply(Agent agent, io.bulwark.protocol.agent.Inventory wire, Instant reportedAt) {
        if (wire == null) {
            Fields.update(agent, ModelPackage.Literals.AGENT__INVENTORY, null);
            return;
        }
        Inventory inventory = agent.getInventory();
        if (inventory == null) {
            inventory = FACTORY.createInventory();
            agent.setInventory(inventory);
        }
        HardwareType hardware = wire.hardwareType() == null ? null : HardwareType.get(wire.hardwareType());
        Fields.update(inventory, ModelPackage.Literals.INVENTORY__HARDWARE_TYPE,
                hardware == null ? HardwareType.UNKNOWN : hardware);
        operatingSystem(inventory, wire.os());
        applications(inventory, wire.applications());
        role(inventory, wire.role());
        connectivity(inventory, wire.connectivity());
        ECollections.setEList(inventory.getInstalledUpdates(), distinct(wire.installedUpdates()));
        ECollections.setEList(inventory.getMissingUpdates(), distinct(wire.missingUpdates()));
        Fields.update(inventory, ModelPackage.Literals.INVENTORY__COLLECTED_AT, wire.collectedAt());
        Fields.update(inventory, ModelPackage.Literals.INVENTORY__REPORTED_AT, reportedAt);
    }

    private static void operatingSystem(Inventory inventory, io.bulwark.protocol.agent.OperatingSystem wire) {
        if (wire == null) {
            Fields.update(inventory, ModelPackage.Literals.INVENTORY__OPERATING_SYSTEM, null);
            return;
        }
        OperatingSystem os = inventory.getOperatingSystem();
        if (os == null) {
            os = FACTORY.createOperatingSystem();
            inventory.setOperatingSystem(os);
        }
        Fields.update(os, ModelPackage.Literals.OPERATING_SYSTEM__NAME, wire.name());
        Fields.update(os, ModelPackage.Literals.OPERATING_SYSTEM__VERSION, wire.version());
    }

    private static void applications(Inventory inventory, List<io.bulwark.protocol.agent.Application> wire) {
        Map<String, Application> existing = new HashMap<>();
        for (Application application : inventory.getApplications()) {
            existing.putIfAbsent(key(application.getName(), application.getVersion(), application.getVendor()),
                    application);
        }
        List<Application> wanted = new ArrayList<>(wire.size());
        for (io.bulwark.protocol.agent.Application reported : wire) {
            Application application = existing.remove(key(reported.name(), reported.version(), reported.vendor()));
            if (application == null) {
                application = FACTORY.createApplication();
                application.setName(reported.name());
                application.setVersion(reported.version());
                application.setVendor(reported.vendor());
            }
            wanted.add(application);
        }
        ECollections.setEList(inventory.getApplications(), wanted);
    }

    private static String key(String name, String version, String vendor) {
        return name + '\u0000' + version + '\u0000' + vendor;
    }

    private static void role(Inventory inventory, io.bulwark.protocol.agent.MachineRole wire) {
        if (wire == null) {
            Fields.update(inventory, ModelPackage.Literals.INVENTORY__ROLE, null);
            return;
        }
        MachineRole role = inventory.getRole();
        if (role == null) {
            role = FACTORY.createMachineRole();
            inventory.setRole(role);
        }
        ECollections.setEList(role.getFunctions(), distinct(wire.functions()));
        List<FsmoRole> fsmoRoles = new ArrayList<>();
        for (String name : wire.fsmoRoles()) {
            FsmoRole fsmoRole = FsmoRole.get(name);
            if (fsmoRole != null && !fsmoRoles.contains(fsmoRole)) {
                fsmoRoles.add(fsmoRole);
            }
        }
        ECollections.setEList(role.getFsmoRoles(), fsmoRoles);
        Fields.update(role, ModelPackage.Literals.MACHINE_ROLE__BUSINESS_CRITICAL,
                Boolean.valueOf(wire.businessCritical()));
    }

    private static void connectivity(Inventory inventory, io.bulwark.protocol.agent.Connectivity wire) {
        if (wire == null) {
            Fields.update(inventory, ModelPackage.Literals.INVENTORY__CONNECTIVITY, null);
            return;
        }
        Connectivity connectivity = inventory.getConnectivity();
        if (connectivity == null) {
            connectivity = FACTORY.createConnectivity();
            inventory.setConnectivity(connectivity);
        }
        LinkType link = wire.link() == null ? null : LinkType.get(wire.link());
        Fields.update(connectivity, ModelPackage.Literals.CONNECTIVITY__LINK, link == null ? LinkType.UNKNOWN : link);
        Fields.update(connectivity, ModelPackage.Literals.CONNECTIVITY__KBIT_PER_SECOND, wire.kbitPerSecond());
    }

    /** The model's lists hold each value once; a report that repeats one keeps its first place. */
    private static List<String> distinct(List<String> values) {
        return new ArrayList<>(new LinkedHashSet<>(values));
    }
}
