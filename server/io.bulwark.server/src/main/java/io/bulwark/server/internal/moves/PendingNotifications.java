package io.bulwark.server.internal.moves;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bulwark.protocol.components.UpdateComponentsCommand;
import io.bulwark.server.internal.commands.QueuedCommand;
import io.bulwark.server.internal.storage.Jdbc;

/** The source's notification queue (queued {@code update_components} commands) as a move sees it. */
final class PendingNotifications {

    private static final int CHUNK = 500;

    /** @return the queued notifications of these agents, by agent; agents without any are left out */
    Map<UUID, List<Long>> of(Connection connection, Collection<UUID> agentIds) throws SQLException {
        Map<UUID, List<Long>> found = new LinkedHashMap<>();
        List<UUID> candidates = List.copyOf(agentIds);
        for (int start = 0; start < candidates.size(); start += CHUNK) {
            List<UUID> chunk = candidates.subList(start, Math.min(candidates.size(), start + CHUNK));
            List<Object> parameters = new ArrayList<>(chunk.size() + 2);
            parameters.add(QueuedCommand.QUEUED);
            parameters.add(UpdateComponentsCommand.KIND);
            parameters.addAll(chunk);
            for (Object[] row : Jdbc.query(connection,
                    "SELECT id, agent_id FROM agent_command WHERE state = ? AND kind = ? AND agent_id IN (" //$NON-NLS-1$
                            + String.join(", ", Collections.nCopies(chunk.size(), "?")) + ") ORDER BY id", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    row -> new Object[]{Long.valueOf(row.getLong(1)), row.getObject(2, UUID.class)},
                    parameters.toArray())) {
                found.computeIfAbsent((UUID) row[1], id -> new ArrayList<>()).add((Long) row[0]);
            }
        }
        return found;
    }
}
