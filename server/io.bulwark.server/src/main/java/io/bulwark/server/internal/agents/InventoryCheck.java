package io.bulwark.server.internal.agents;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.bulwark.protocol.agent.Application;
import io.bulwark.protocol.agent.Connectivity;
import io.bulwark.protocol.agent.Inventory;
import io.bulwark.protocol.agent.MachineRole;
import io.bulwark.server.internal.http.ApiException;

/**
 * Checks an agent's inventory before it is stored, naming the offending field, e.g.
 * {@code inventory.applications[3].version}.
 */
final class InventoryCheck {

    private static final Set<String> HARDWARE = Set.of(Inventory.LAPTOP, Inventory.DESKTOP, Inventory.SERVER);
    private static final Set<String> LINKS = Set.of(Connectivity.LAN, Connectivity.WAN, Connectivity.SLOW_LINK,
            Connectivity.DIAL_UP);
    private static final Set<String> FSMO = Set.of("schema_master", "domain_naming_master", "pdc_emulator", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            "rid_master", "infrastructure_master"); //$NON-NLS-1$ //$NON-NLS-2$
    private static final Pattern FUNCTION = Pattern.compile("[a-z][a-z0-9_]{0,63}"); //$NON-NLS-1$
    private static final Pattern UPDATE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}"); //$NON-NLS-1$
    private static final int MAX_APPLICATIONS = 2_000;
    private static final int MAX_UPDATES = 5_000;
    private static final int MAX_FUNCTIONS = 20;
    private static final int MAX_NAME = 128;
    private static final int MAX_KBIT = 100_000_000;

    private InventoryCheck() {
    }

    /**
     * @param inventory
     *            an inventory as received
     * @return the inventory
     * @throws ApiException
     *             400 naming the first bad field
     */
    static Inventory check(Inventory inventory) throws ApiException {
        if (inventory == null) {
            throw ApiException.invalid("inventory", "inventory is required"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!HARDWARE.contains(inventory.hardwareType())) {
            throw ApiException.invalid("inventory.hardwareType", //$NON-NLS-1$
                    "inventory.hardwareType must be laptop, desktop or server"); //$NON-NLS-1$
        }
        if (inventory.os() == null) {
            throw ApiException.invalid("inventory.os", "inventory.os is required"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        AgentInput.text("inventory.os.name", inventory.os().name(), true, MAX_NAME); //$NON-NLS-1$
        AgentInput.text("inventory.os.version", inventory.os().version(), false); //$NON-NLS-1$
        applications(inventory.applications());
        role(inventory.role());
        connectivity(inventory.connectivity());
        Set<String> installed = updates("inventory.installedUpdates", inventory.installedUpdates()); //$NON-NLS-1$
        Set<String> missing = updates("inventory.missingUpdates", inventory.missingUpdates()); //$NON-NLS-1$
        for (String id : missing) {
            if (installed.contains(id)) {
                throw ApiException.invalid("inventory.missingUpdates", //$NON-NLS-1$
                        "Update " + id + " cannot be both installed and missing"); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        return inventory;
    }

    private static void applications(List<Application> applications) throws ApiException {
        if (applications.size() > MAX_APPLICATIONS) {
            throw ApiException.invalid("inventory.applications", //$NON-NLS-1$
                    "inventory.applications may list at most " + MAX_APPLICATIONS + " applications"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (int i = 0; i < applications.size(); i++) {
            String field = "inventory.applications[" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
            Application application = applications.get(i);
            if (application == null) {
                throw ApiException.invalid(field, field + " is null"); //$NON-NLS-1$
            }
            AgentInput.text(field + ".name", application.name(), true, MAX_NAME); //$NON-NLS-1$
            AgentInput.text(field + ".version", application.version(), true); //$NON-NLS-1$
            AgentInput.text(field + ".vendor", application.vendor(), false, MAX_NAME); //$NON-NLS-1$
        }
    }

    private static void role(MachineRole role) throws ApiException {
        if (role == null) {
            return;
        }
        if (role.functions().size() > MAX_FUNCTIONS) {
            throw ApiException.invalid("inventory.role.functions", //$NON-NLS-1$
                    "inventory.role.functions may list at most " + MAX_FUNCTIONS + " functions"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (String function : role.functions()) {
            if (function == null || !FUNCTION.matcher(function).matches()) {
                throw ApiException.invalid("inventory.role.functions", "A function is lower-case letters, digits and" //$NON-NLS-1$ //$NON-NLS-2$
                        + " '_', e.g. domain_controller, was \"" + function + "\""); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        Set<String> held = new HashSet<>();
        for (String fsmo : role.fsmoRoles()) {
            if (!FSMO.contains(fsmo) || !held.add(fsmo)) {
                throw ApiException.invalid("inventory.role.fsmoRoles", "fsmoRoles holds each of " + FSMO //$NON-NLS-1$ //$NON-NLS-2$
                        + " at most once, was \"" + fsmo + "\""); //$NON-NLS-1$ //$NON-NLS-2$
            }
        }
        if (!held.isEmpty() && !role.functions().contains(MachineRole.DOMAIN_CONTROLLER)) {
            throw ApiException.invalid("inventory.role.fsmoRoles", //$NON-NLS-1$
                    "Only a domain controller holds FSMO roles; add domain_controller to functions"); //$NON-NLS-1$
        }
    }

    private static void connectivity(Connectivity connectivity) throws ApiException {
        if (connectivity == null) {
            return;
        }
        if (!LINKS.contains(connectivity.link())) {
            throw ApiException.invalid("inventory.connectivity.link", //$NON-NLS-1$
                    "inventory.connectivity.link must be lan, wan, slow_link or dial_up"); //$NON-NLS-1$
        }
        Integer kbit = connectivity.kbitPerSecond();
        if (kbit != null && (kbit.intValue() < 1 || kbit.intValue() > MAX_KBIT)) {
            throw ApiException.invalid("inventory.connectivity.kbitPerSecond", //$NON-NLS-1$
                    "kbitPerSecond must be 1 to " + MAX_KBIT); //$NON-NLS-1$
        }
        boolean slow = connectivity.link().equals(Connectivity.SLOW_LINK)
                || connectivity.link().equals(Connectivity.DIAL_UP);
        if (slow && kbit == null) {
            throw ApiException.invalid("inventory.connectivity.kbitPerSecond", //$NON-NLS-1$
                    "A slow link or dial-up line needs its kbitPerSecond"); //$NON-NLS-1$
        }
    }

    private static Set<String> updates(String field, List<String> ids) throws ApiException {
        if (ids.size() > MAX_UPDATES) {
            throw ApiException.invalid(field, field + " may list at most " + MAX_UPDATES + " updates"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || !UPDATE_ID.matcher(id).matches()) {
                throw ApiException.invalid(field + "[" + i + "]", "An update id is 1 to 64 letters, digits, '.', '_'" //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + " or '-', e.g. KB5034441, was \"" + id + "\""); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (!seen.add(id)) {
                throw ApiException.invalid(field + "[" + i + "]", "Update " + id + " is listed twice"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            }
        }
        return seen;
    }
}
