package io.bulwark.server.internal.agents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.bulwark.protocol.ApiHeaders;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.admin.AgentStatus;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.CommandSummary;
import io.bulwark.protocol.agent.AgentCommand;
import io.bulwark.protocol.agent.CommandResult;
import io.bulwark.protocol.agent.Heartbeat;
import io.bulwark.protocol.agent.HeartbeatReply;
import io.bulwark.protocol.agent.Inventory;
import io.bulwark.protocol.agent.InventoryReport;
import io.bulwark.protocol.agent.Registered;
import io.bulwark.protocol.agent.Registration;
import io.bulwark.protocol.agent.ScanResult;
import io.bulwark.protocol.components.UpdatedComponent;
import io.bulwark.server.internal.commands.CommandQueue;
import io.bulwark.server.internal.commands.QueuedCommand;
import io.bulwark.server.internal.components.ComponentFiles;
import io.bulwark.server.internal.domains.GroupingRules;
import io.bulwark.server.internal.events.ChangeFeed;
import io.bulwark.server.internal.http.Access;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiReply;
import io.bulwark.server.internal.http.ApiRequest;
import io.bulwark.server.internal.http.RawJson;
import io.bulwark.server.internal.http.RouteTable;
import io.bulwark.server.internal.settings.EffectiveSettingsSource;
import io.bulwark.server.internal.storage.Database;

/**
 * The agent API under {@code /agent/v1}: register, heartbeat, inventory, results. These calls are not audited
 * mutations: they are frequent, and they only record what agents report. A heartbeat touches the database only when
 * commands may wait for the agent.
 */
public final class AgentApiEndpoints {

    private static final String UNIQUE_VIOLATION = "23505"; //$NON-NLS-1$
    private static final int MAX_MESSAGE = 1_000;
    private static final int MAX_UPDATED_COMPONENTS = 100;

    /**
     * What an agent API call needs besides its own parts.
     *
     * @param serverId
     *            the server's identity, handed to registering agents
     * @param settings
     *            the agents' effective settings
     * @param enrolmentKey
     *            the key registering agents must present, or {@code null} if any agent may register
     * @param clock
     *            the time source
     * @param moves
     *            told of heartbeats and failed relocations, for moving agents between servers
     */
    public record Context(UUID serverId, EffectiveSettingsSource settings, String enrolmentKey, Clock clock,
            AgentMoves moves) {
    }

    private record Outcome(boolean created, AgentSummary summary, Object settings) {
    }

    private final Database database;
    private final AgentStore store;
    private final AgentPresence presence;
    private final AgentListing listing;
    private final GroupingRules groupingRules;
    private final CommandQueue commands;
    private final ChangeFeed feed;
    private final WireJson json;
    private final Context context;
    private final CommandCodec codec;
    private final CommandHistory history;
    private final byte[] enrolmentKey;
    private final RawJson noCommands;

    /**
     * @param database
     *            the server's database
     * @param store
     *            the agent table
     * @param presence
     *            agents' presence in memory
     * @param groupingRules
     *            places arriving agents
     * @param commands
     *            the command queue
     * @param feed
     *            receives agent events
     * @param json
     *            writes stored JSON
     * @param context
     *            the server's identity, settings, enrolment key and clock
     */
    public AgentApiEndpoints(Database database, AgentStore store, AgentPresence presence, GroupingRules groupingRules,
            CommandQueue commands, ChangeFeed feed, WireJson json, Context context) {
        this.database = database;
        this.store = store;
        this.presence = presence;
        this.listing = new AgentListing(presence);
        this.groupingRules = groupingRules;
        this.commands = commands;
        this.feed = feed;
        this.json = json;
        this.context = context;
        this.codec = new CommandCodec(json);
        this.history = new CommandHistory(json);
        this.enrolmentKey = context.enrolmentKey() == null
                ? null
                : context.enrolmentKey().getBytes(StandardCharsets.UTF_8);
        this.noCommands = new RawJson(json.write(new HeartbeatReply(List.of())));
    }

    /**
     * @param routes
     *            receives the agent API routes
     */
    public void register(RouteTable routes) {
        routes.add("POST", ApiPaths.AGENT_REGISTER, Access.AGENT, this::register) //$NON-NLS-1$
                .add("POST", ApiPaths.AGENT_HEARTBEAT, Access.AGENT, this::heartbeat) //$NON-NLS-1$
                .add("POST", ApiPaths.AGENT_INVENTORY, Access.AGENT, this::inventory) //$NON-NLS-1$
                .add("POST", ApiPaths.AGENT_RESULTS, Access.AGENT, this::result); //$NON-NLS-1$
    }

    private ApiReply register(ApiRequest request) throws Exception {
        requireEnrolmentKey(request);
        Registration body = request.body(Registration.class);
        AgentStore.Facts facts = AgentInput.facts(body, json);
        Instant now = context.clock().instant();
        Outcome outcome;
        try {
            outcome = registerOnce(facts, now);
        } catch (SQLException e) {
            if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw e;
            }
            // The same agent registered twice at once and the other call inserted it first.
            outcome = registerOnce(facts, now);
        }
        AgentSummary agent = outcome.summary();
        presence.registered(agent.id(), now, facts.intervalMillis(), facts.roaming(), body.componentVersions(),
                agent.status());
        feed.publish(outcome.created() ? "agent.registered" : "agent.changed", agent.id().toString(), agent); //$NON-NLS-1$ //$NON-NLS-2$
        return ApiReply.ok(new Registered(agent.id(), agent.domainId(), context.serverId(), outcome.settings()));
    }

    private Outcome registerOnce(AgentStore.Facts facts, Instant now) throws Exception {
        return database.inSharedTransaction(connection -> {
            Optional<AgentSummary> known = store.find(connection, facts.id());
            String status = facts.roaming() ? AgentStatus.ROAMING : AgentStatus.ONLINE;
            Long domainId;
            if (known.isEmpty()) {
                domainId = groupingRules.domainFor(connection, facts.ip()).orElse(null);
                store.insert(connection, facts, domainId, status, now);
            } else {
                domainId = known.get().domainId();
                if (AgentStatus.MOVING.equals(presence.status(facts.id()))) {
                    status = AgentStatus.MOVING; // a move relocates it: its record says so at once
                }
                store.updateFacts(connection, facts, status, now);
            }
            AgentSummary summary = store.find(connection, facts.id()).orElseThrow();
            Object settings = context.settings().effectiveFor(connection, facts.id(), domainId);
            return new Outcome(known.isEmpty(), summary, settings);
        });
    }

    private void requireEnrolmentKey(ApiRequest request) throws ApiException {
        if (enrolmentKey == null) {
            return;
        }
        Optional<String> presented = request.header(ApiHeaders.ENROLMENT_KEY);
        if (presented.isEmpty()) {
            throw new ApiException(403, ErrorCodes.ENROLMENT_REFUSED, "This server only accepts agents that present" //$NON-NLS-1$
                    + " its enrolment key in the " + ApiHeaders.ENROLMENT_KEY + " header"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (!MessageDigest.isEqual(enrolmentKey, presented.get().getBytes(StandardCharsets.UTF_8))) {
            throw new ApiException(403, ErrorCodes.ENROLMENT_REFUSED,
                    "The enrolment key is wrong; ask the server's administrator for the right one"); //$NON-NLS-1$
        }
    }

    private ApiReply heartbeat(ApiRequest request) throws Exception {
        Heartbeat body = request.body(Heartbeat.class);
        UUID id = AgentInput.agentId(body.agentId());
        AgentInput.componentVersions("componentVersions", body.componentVersions()); //$NON-NLS-1$
        if (!presence.heartbeat(id, body.roaming(), body.componentVersions())) {
            if (!context.moves().arriving(id) || !presence.heartbeat(id, body.roaming(), body.componentVersions())) {
                throw unknown(id);
            }
        }
        context.moves().heartbeat(id, body.roaming());
        List<QueuedCommand> queued = commands.mayHaveCommands(id)
                ? database.inSharedTransaction(connection -> commands.deliver(connection, id))
                : List.of();
        // A relocate command handed out now is the one a moving agent would otherwise get again.
        if (queued.stream().noneMatch(command -> AgentCommand.RELOCATE.equals(command.kind()))) {
            List<QueuedCommand> again = context.moves().handOutAgain(id);
            if (!again.isEmpty()) {
                queued = new ArrayList<>(queued);
                queued.addAll(0, again);
            }
        }
        if (queued.isEmpty()) {
            return ApiReply.ok(noCommands); // most heartbeats: nothing allocated for them
        }
        List<AgentCommand> delivered = new ArrayList<>(queued.size());
        for (QueuedCommand command : queued) {
            delivered.add(codec.toWire(command));
        }
        return ApiReply.ok(new HeartbeatReply(delivered));
    }

    private ApiReply inventory(ApiRequest request) throws Exception {
        InventoryReport body = request.body(InventoryReport.class);
        UUID id = AgentInput.agentId(body.agentId());
        Inventory inventory = InventoryCheck.check(body.inventory());
        String stored = new String(json.write(inventory), StandardCharsets.UTF_8);
        Instant now = context.clock().instant();
        Optional<AgentSummary> changed = database.inSharedTransaction(connection -> {
            if (!store.storeInventory(connection, id, stored, inventory.os().displayName(), now)) {
                return Optional.<AgentSummary>empty();
            }
            return store.find(connection, id);
        });
        if (changed.isEmpty()) {
            throw unknown(id);
        }
        // with the live last-seen time: the stored one is written behind and would set consoles back
        feed.publish("agent.changed", id.toString(), listing.live(changed.get())); //$NON-NLS-1$
        return new ApiReply(204, null, Map.of());
    }

    private ApiReply result(ApiRequest request) throws Exception {
        CommandResult body = request.body(CommandResult.class);
        UUID id = AgentInput.agentId(body.agentId());
        AgentInput.text("message", body.message(), false, MAX_MESSAGE); //$NON-NLS-1$
        checkScanResult(body.scanResult());
        checkUpdatedComponents(body.updatedComponents());
        if (!presence.knows(id)) {
            throw unknown(id);
        }
        String stored = new String(json.write(body), StandardCharsets.UTF_8);
        Optional<CommandSummary> completed = database.inTransaction(connection -> {
            CommandSummary command = history.find(connection, body.commandId())
                    .filter(found -> found.agentId().equals(id))
                    .orElseThrow(() -> ApiException.notFound("Agent " + id + " has no command " + body.commandId())); //$NON-NLS-1$ //$NON-NLS-2$
            if (command.state().equals(QueuedCommand.SUCCEEDED) || command.state().equals(QueuedCommand.FAILED)) {
                return Optional.<CommandSummary>empty(); // a repeated report
            }
            if (!commands.complete(connection, id, body.commandId(), body.success(), stored)) {
                throw ApiException.conflict("Command " + body.commandId() + " is " + command.state() //$NON-NLS-1$ //$NON-NLS-2$
                        + ", not delivered; only a delivered command has a result"); //$NON-NLS-1$
            }
            return history.find(connection, body.commandId());
        });
        completed.ifPresent(command -> feed.publish("command.completed", Long.toString(command.id()), command)); //$NON-NLS-1$
        if (completed.isPresent() && !body.success() && AgentCommand.RELOCATE.equals(completed.get().kind())) {
            context.moves().relocateFailed(id, body.commandId(), body.message());
        }
        return new ApiReply(204, null, Map.of());
    }

    private static void checkScanResult(ScanResult scan) throws ApiException {
        if (scan == null) {
            return;
        }
        if (scan.filesScanned() < 0 || scan.threatsFound() < 0 || scan.durationMillis() < 0) {
            throw ApiException.invalid("scanResult", //$NON-NLS-1$
                    "filesScanned, threatsFound and durationMillis cannot be negative"); //$NON-NLS-1$
        }
        if (scan.threatsFound() > scan.filesScanned()) {
            throw ApiException.invalid("scanResult.threatsFound", "More threats than scanned files"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        List<String> actions = List.of("none", "delete", "clean", "rename", "quarantine", "pass"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
        if (!actions.contains(scan.actionTaken())) {
            throw ApiException.invalid("scanResult.actionTaken", "actionTaken must be one of " + actions); //$NON-NLS-1$ //$NON-NLS-2$
        }
    }

    private static void checkUpdatedComponents(List<UpdatedComponent> updated) throws ApiException {
        if (updated == null) {
            return;
        }
        if (updated.size() > MAX_UPDATED_COMPONENTS) {
            throw ApiException.invalid("updatedComponents", //$NON-NLS-1$
                    "At most " + MAX_UPDATED_COMPONENTS + " components per result"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        for (int i = 0; i < updated.size(); i++) {
            UpdatedComponent component = updated.get(i);
            String field = "updatedComponents[" + i + "]"; //$NON-NLS-1$ //$NON-NLS-2$
            if (component == null || component.name() == null
                    || !ComponentFiles.NAME.matcher(component.name()).matches()) {
                throw ApiException.invalid(field + ".name", //$NON-NLS-1$
                        "A component name is 1 to 64 lower-case letters, digits and '-'"); //$NON-NLS-1$
            }
            if (component.version() < 0) {
                throw ApiException.invalid(field + ".version", "A version cannot be negative"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (!UpdatedComponent.INCREMENTS.equals(component.method())
                    && !UpdatedComponent.FULL.equals(component.method())) {
                throw ApiException.invalid(field + ".method", "method must be " + UpdatedComponent.INCREMENTS //$NON-NLS-1$ //$NON-NLS-2$
                        + " or " + UpdatedComponent.FULL); //$NON-NLS-1$
            }
        }
    }

    private static ApiException unknown(UUID id) {
        return new ApiException(404, ErrorCodes.UNKNOWN_AGENT,
                "This server does not know agent " + id + "; register again"); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
