package io.bulwark.ui.internal.servers;

import java.util.Collection;
import java.util.List;

import io.bulwark.model.ManagementServer;

/** The servers in a selection the Servers part published: one server, or a list of them. */
public final class SelectedServers {

    private SelectedServers() {
    }

    /** @return the servers in the selection, empty when there are none */
    public static List<ManagementServer> of(Object selection) {
        if (selection instanceof ManagementServer server) {
            return List.of(server);
        }
        if (selection instanceof Collection<?> elements) {
            return elements.stream().filter(ManagementServer.class::isInstance).map(ManagementServer.class::cast)
                    .toList();
        }
        return List.of();
    }
}
