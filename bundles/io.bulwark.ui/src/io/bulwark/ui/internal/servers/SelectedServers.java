package io.bulwark.ui.internal.servers;

import java.util.Collection;
import java.util.List;

import io.bulwark.model.ManagementServer;
import io.bulwark.model.ServerFolder;

/** The servers and folders in a selection the Servers part published: one element, or a list of them. */
public final class SelectedServers {

    private SelectedServers() {
    }

    /** @return the servers in the selection, empty when there are none */
    public static List<ManagementServer> of(Object selection) {
        return elements(selection, ManagementServer.class);
    }

    /** @return the folders in the selection, empty when there are none */
    public static List<ServerFolder> folders(Object selection) {
        return elements(selection, ServerFolder.class);
    }

    /**
     * The folder a new server or folder goes to: the selected folder, or the folder of the selected server;
     * {@code null} (the top level) when the selection names neither or more than one element.
     */
    public static ServerFolder targetFolder(Object selection) {
        if (selection instanceof ServerFolder folder) {
            return folder;
        }
        if (selection instanceof ManagementServer server && server.eContainer() instanceof ServerFolder folder) {
            return folder;
        }
        return null;
    }

    private static <T> List<T> elements(Object selection, Class<T> type) {
        if (type.isInstance(selection)) {
            return List.of(type.cast(selection));
        }
        if (selection instanceof Collection<?> elements) {
            return elements.stream().filter(type::isInstance).map(type::cast).toList();
        }
        return List.of();
    }
}
