package io.bulwark.server.internal.settings;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.SettingsScope;
import io.bulwark.server.internal.commands.CommandQueue;
import io.bulwark.server.internal.domains.DomainStore;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.settings.SettingsInheritance.Resolved;

/**
 * Hands changed settings to the agents they reach: after a scope's settings change, every agent below it whose
 * effective settings differ gets an {@code apply_settings} command with its complete new settings, replacing any such
 * command still queued for it. Effective settings are resolved once per domain and queued in batches, so a change at
 * the root reaches thousands of agents in one pass.
 */
final class SettingsDistribution {

    /** The kind of command that carries an agent's complete settings. */
    static final String APPLY_SETTINGS = "apply_settings"; //$NON-NLS-1$

    /** The largest payload the command table holds. */
    static final int MAX_PAYLOAD = 1_000_000;

    private final PolicyStore store;
    private final DomainStore domains;
    private final CommandQueue commands;
    private final EffectiveSettingsService effective;

    SettingsDistribution(PolicyStore store, DomainStore domains, CommandQueue commands,
            EffectiveSettingsService effective) {
        this.store = store;
        this.domains = domains;
        this.commands = commands;
        this.effective = effective;
    }

    /**
     * Queues {@code apply_settings} for the agents whose effective settings a stored change altered.
     *
     * @param connection
     *            the change's transaction, the new settings already stored in it
     * @param target
     *            the changed scope
     * @param before
     *            its settings before the change
     * @param after
     *            its settings after the change
     * @return how many agents get new settings
     * @throws SQLException
     *             if the tables cannot be read or written
     * @throws ApiException
     *             413 if an agent's settings would be too large to send
     */
    int queue(Connection connection, PolicyTarget target, PolicySettings before, PolicySettings after)
            throws SQLException, ApiException {
        Map<String, List<UUID>> byPayload = new LinkedHashMap<>();
        if (target.isAgent()) {
            PolicyTarget parent = target.domainId() == null
                    ? PolicyTarget.root()
                    : PolicyTarget.domain(target.domainId().longValue());
            Resolved inherited = effective.resolve(connection, parent);
            String old = text(SettingsInheritance.overlay(before, target.scope(), inherited));
            String now = text(SettingsInheritance.overlay(after, target.scope(), inherited));
            if (!old.equals(now)) {
                byPayload.put(now, List.of(target.agentId()));
            }
        } else {
            collect(connection, target, before, byPayload);
        }
        int queued = 0;
        for (Map.Entry<String, List<UUID>> group : byPayload.entrySet()) {
            queued += commands.replaceQueued(connection, group.getValue(), APPLY_SETTINGS, group.getKey());
        }
        return queued;
    }

    private void collect(Connection connection, PolicyTarget target, PolicySettings before,
            Map<String, List<UUID>> byPayload) throws SQLException, ApiException {
        StoredPolicy root = store.find(connection, PolicyTarget.ROOT_KEY)
                .orElseThrow(() -> new SQLException("The root settings are missing from the policy table")); //$NON-NLS-1$
        PolicyTree now = new PolicyTree(root.settings(), domains.list(connection), store.domainSettings(connection));
        PolicyTree old = now.with(target, before);
        List<Long> reached = target.isRoot() ? null : now.subtree(target.domainId().longValue());
        Map<Long, String[]> perDomain = new HashMap<>();
        for (PolicyStore.AgentSettings agent : store.agentsIn(connection, reached)) {
            Resolved oldInherited = old.resolve(agent.domainId());
            Resolved newInherited = now.resolve(agent.domainId());
            String[] pair;
            if (agent.own() == null) {
                pair = perDomain.get(agent.domainId());
                if (pair == null) {
                    pair = new String[]{text(oldInherited), text(newInherited)};
                    perDomain.put(agent.domainId(), pair);
                }
            } else {
                SettingsScope scope = SettingsScope.agent(agent.id().toString());
                pair = new String[]{text(SettingsInheritance.overlay(agent.own(), scope, oldInherited)),
                        text(SettingsInheritance.overlay(agent.own(), scope, newInherited))};
            }
            if (!pair[0].equals(pair[1])) {
                byPayload.computeIfAbsent(pair[1], key -> new ArrayList<>()).add(agent.id());
            }
        }
    }

    private String text(Resolved resolved) throws ApiException {
        String payload = store.text(resolved.settings());
        if (payload.length() > MAX_PAYLOAD) {
            throw new ApiException(413, new ApiError(ErrorCodes.PAYLOAD_TOO_LARGE, "Agents' effective settings would" //$NON-NLS-1$
                    + " be " + payload.length() + " characters, more than the " + MAX_PAYLOAD //$NON-NLS-1$ //$NON-NLS-2$
                    + " an agent command holds; shorten the lists in these settings or in the ones they inherit", //$NON-NLS-1$
                    Map.of("limit", Integer.valueOf(MAX_PAYLOAD))), Map.of()); //$NON-NLS-1$
        }
        return payload;
    }
}
