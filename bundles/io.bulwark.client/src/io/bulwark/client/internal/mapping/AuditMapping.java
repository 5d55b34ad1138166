package io.bulwark.client.internal.mapping;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.util.ECollections;

import io.bulwark.model.AgentTree;
import io.bulwark.model.AuditEntry;
import io.bulwark.model.ModelFactory;
import io.bulwark.protocol.WireJson;

/**
 * Adds audit log entries a server returned to its agent tree. Entries never change once written, so an entry the tree
 * already holds is kept as it is; the tree's entries stay ordered newest first, whichever pages arrive in which order.
 */
public final class AuditMapping {

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;
    private static final WireJson JSON = WireJson.create(WireJson.UnknownMembers.IGNORE);

    private AuditMapping() {
    }

    /**
     * @param tree
     *            the server's agent tree
     * @param entries
     *            entries of the server's audit log, e.g. one page
     * @return how many of them were new to the tree
     */
    public static int apply(AgentTree tree, List<io.bulwark.protocol.admin.AuditEntry> entries) {
        Set<Long> known = new HashSet<>();
        for (AuditEntry entry : tree.getAuditEntries()) {
            known.add(Long.valueOf(entry.getId()));
        }
        List<AuditEntry> wanted = new ArrayList<>(tree.getAuditEntries());
        int added = 0;
        for (io.bulwark.protocol.admin.AuditEntry wire : entries) {
            if (known.add(Long.valueOf(wire.id()))) {
                wanted.add(toModel(wire));
                added++;
            }
        }
        if (added > 0) {
            wanted.sort(Comparator.comparingLong(AuditEntry::getId).reversed());
            ECollections.setEList(tree.getAuditEntries(), wanted);
        }
        return added;
    }

    private static AuditEntry toModel(io.bulwark.protocol.admin.AuditEntry wire) {
        AuditEntry entry = FACTORY.createAuditEntry();
        entry.setId(wire.id());
        entry.setAt(wire.at());
        entry.setUser(wire.user());
        entry.setAddress(wire.address());
        entry.setAction(wire.action());
        entry.setTarget(wire.target());
        entry.setBefore(json(wire.before()));
        entry.setAfter(json(wire.after()));
        return entry;
    }

    private static String json(Object value) {
        return value == null ? null : new String(JSON.write(value), StandardCharsets.UTF_8);
    }
}
