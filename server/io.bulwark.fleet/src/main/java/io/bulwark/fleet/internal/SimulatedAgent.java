package io.bulwark.fleet.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.agent.AgentCommand;
import io.bulwark.protocol.agent.CommandResult;
import io.bulwark.protocol.agent.Heartbeat;
import io.bulwark.protocol.agent.HeartbeatReply;
import io.bulwark.protocol.agent.InventoryReport;
import io.bulwark.protocol.agent.Registered;
import io.bulwark.protocol.agent.Registration;

/**
 * One simulated agent: registers (again when its server no longer knows it), reports its endpoint's inventory, sends a
 * heartbeat every interval to its home server, carries out the commands heartbeats hand it and reports their results,
 * and relocates to another server when told to ({@link AgentRelocation}). It never blocks a thread: each
 * {@link #tick()} starts at most one chain of asynchronous requests, and a tick that finds the previous chain still
 * running is skipped, as a real agent would skip a beat on a slow network.
 * <p>
 * An agent chosen to be offline registers and reports its inventory once (if its server does not know it yet), then
 * falls silent; a roaming one reports roaming on every call.
 */
final class SimulatedAgent {

    private final int index;
    private volatile AgentIdentity identity;
    private final EndpointProfile profile;
    private final long seed;
    private final boolean silent;
    private final boolean roaming;
    private final Fleet fleet;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final Queue<CommandResult> unreported = new ConcurrentLinkedQueue<>();
    private volatile boolean registered;
    private volatile boolean inventoryReported;
    private volatile boolean versionsReported;
    private volatile Map<String, String> componentVersions;
    private volatile Map<String, String> componentHashes = Map.of();
    private volatile Object settings;
    private volatile ScheduledFuture<?> schedule;
    private volatile boolean heartbeatFirst;
    private final AgentRelocation relocation;

    /**
     * @param index
     *            its position in the fleet
     * @param identity
     *            its identity, with its home server if it registered before
     * @param profile
     *            its endpoint
     * @param seed
     *            the agent's own seed, for repeatable command outcomes
     * @param silent
     *            whether it is offline
     * @param roaming
     *            whether it is roaming
     * @param fleet
     *            the fleet it runs in
     * @param resumed
     *            the relocation the state folder holds for it, or {@code null}
     */
    SimulatedAgent(int index, AgentIdentity identity, EndpointProfile profile, long seed, boolean silent,
            boolean roaming, Fleet fleet, PendingRelocation resumed) {
        this.index = index;
        this.identity = identity;
        this.profile = profile;
        this.seed = seed;
        this.silent = silent;
        this.roaming = roaming;
        this.fleet = fleet;
        this.componentVersions = profile.componentVersions();
        this.registered = identity.home() != null;
        this.relocation = new AgentRelocation(this, fleet, resumed);
    }

    int index() {
        return index;
    }

    UUID guid() {
        return identity.guid();
    }

    AgentIdentity identity() {
        return identity;
    }

    String hostName() {
        return identity.hostName();
    }

    /** @return its home server, or {@code null} before it first registered */
    HomeServer home() {
        return identity.home();
    }

    /** @return its relocation, pending or not */
    AgentRelocation relocation() {
        return relocation;
    }

    EndpointProfile profile() {
        return profile;
    }

    long seed() {
        return seed;
    }

    /** @return the client of its home server (of the fleet's server before it registered) */
    AgentClient client() {
        HomeServer home = identity.home();
        return home == null ? fleet.firstClient() : fleet.clients().of(home);
    }

    boolean silent() {
        return silent;
    }

    boolean roaming() {
        return roaming;
    }

    /** @return whether the server knows this agent, as far as the agent can tell */
    boolean registered() {
        return registered;
    }

    /**
     * Queues a command's result, reported to its home server before the next heartbeat.
     *
     * @param result
     *            the result
     */
    void queueResult(CommandResult result) {
        unreported.add(result);
    }

    /**
     * The source took the receipt: from now on the agent heartbeats its new home, once before anything else, since the
     * target's record stays provisional until then.
     *
     * @param home
     *            the target, its new home
     */
    void movedTo(HomeServer home) {
        identity = identity.at(home);
        registered = true;
        heartbeatFirst = true;
        inventoryReported = false;
        fleet.homeChanged(this);
    }

    /** @return whether it must be ticked: it is active, or offline but not yet known to the server */
    boolean needsTicks() {
        return !silent || !registered;
    }

    /** @return the settings the server last gave it, or {@code null} */
    Object settings() {
        return settings;
    }

    /**
     * @param applied
     *            new effective settings to keep
     */
    void applySettings(Object applied) {
        settings = applied;
    }

    /** @return its component versions now */
    Map<String, String> componentVersions() {
        return componentVersions;
    }

    /**
     * Changes its component versions, e.g. after an update; the next heartbeat reports them.
     *
     * @param versions
     *            the new versions
     */
    void componentVersions(Map<String, String> versions) {
        componentVersions = Map.copyOf(versions);
        versionsReported = false;
    }

    /**
     * @param name
     *            a component
     * @return the SHA-256 of the file it holds of that component, or {@code null} if unknown (the version it was
     *         installed with)
     */
    String componentHash(String name) {
        return componentHashes.get(name);
    }

    /**
     * Takes new component versions after an update, with the hashes of their files; the next heartbeat reports them.
     *
     * @param versions
     *            the new versions of the updated components
     * @param hashes
     *            the SHA-256 of each updated component's file
     */
    void componentsUpdated(Map<String, String> versions, Map<String, String> hashes) {
        Map<String, String> allHashes = new HashMap<>(componentHashes);
        allHashes.putAll(hashes);
        componentHashes = Map.copyOf(allHashes);
        Map<String, String> allVersions = new LinkedHashMap<>(componentVersions);
        allVersions.putAll(versions);
        componentVersions(allVersions);
    }

    void schedule(ScheduledFuture<?> future) {
        schedule = future;
    }

    void cancel() {
        ScheduledFuture<?> future = schedule;
        if (future != null) {
            future.cancel(false);
        }
    }

    /**
     * Does what is due: register, report the inventory, or beat; skipped while the previous tick still runs.
     *
     * @return completes once this tick's work is done (at once if it was skipped); it never completes exceptionally
     */
    CompletableFuture<Void> tick() {
        if (!busy.compareAndSet(false, true)) {
            return done();
        }
        CompletableFuture<Void> step;
        try {
            step = step();
        } catch (RuntimeException e) {
            step = CompletableFuture.failedFuture(e);
        }
        return step.handle((done, failure) -> {
            if (failure != null) {
                client().stats().failed(describe(failure));
            }
            busy.set(false);
            return null;
        });
    }

    private CompletableFuture<Void> step() {
        if (!registered) {
            return register().thenCompose(ok -> ok ? reportInventory() : done());
        }
        boolean settled = !heartbeatFirst;
        if (relocation.due()) {
            return relocation.advance().thenCompose(advanced -> greetNewHome(settled));
        }
        if (!inventoryReported && !heartbeatFirst) {
            return reportInventory();
        }
        if (silent) {
            fleet.retire(this);
            return done();
        }
        return reportResults().thenCompose(reported -> heartbeat()).thenCompose(beat -> greetNewHome(settled));
    }

    /**
     * Heartbeats the new home at once when this tick relocated the agent: the target lists the agent from its first
     * heartbeat there, and the next tick is a whole interval away.
     *
     * @param settled
     *            whether the agent had greeted its home before this tick; if not, the tick's own heartbeat did (or
     *            failed to, and the next tick tries again)
     */
    private CompletableFuture<Void> greetNewHome(boolean settled) {
        return settled && heartbeatFirst ? heartbeat() : done();
    }

    /** @return what it tells a server when it registers there */
    Registration registration() {
        return new Registration(guid(), identity.hostName(), profile.ip(), profile.agentVersion(),
                fleet.intervalMillis(), roaming, componentVersions);
    }

    private CompletableFuture<Boolean> register() {
        AgentClient client = client();
        HomeServer known = identity.home();
        String url = known != null ? known.url() : fleet.serverUrl();
        String fingerprint = known != null ? known.fingerprint() : fleet.serverFingerprint();
        return client.post(ApiPaths.AGENT_REGISTER, registration(), true).thenApply(reply -> {
            if (!reply.ok()) {
                ApiError error = client.error(reply);
                if (ErrorCodes.ENROLMENT_REFUSED.equals(error.error()) && url.equals(fleet.serverUrl())) {
                    fleet.enrolmentRefused(error.message()); // another server's key is not the fleet's to fix
                }
                client.stats().failed("register " + identity.hostName() + ": HTTP " + reply.status() + " " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + error.error() + ": " + error.message()); //$NON-NLS-1$
                return Boolean.FALSE;
            }
            Registered answer = client.read(reply, Registered.class);
            settings = answer.settings();
            HomeServer home = new HomeServer(url, answer.serverId(), Instant.now().toString(), fingerprint);
            identity = identity.at(home);
            registered = true;
            versionsReported = true;
            inventoryReported = false;
            client.stats().registrations.increment();
            if (!url.equals(fleet.serverUrl())) {
                client.stats().movedRegisteredAgain.increment();
            }
            fleet.registered(this);
            return Boolean.TRUE;
        });
    }

    private CompletableFuture<Void> reportInventory() {
        InventoryReport report = new InventoryReport(guid(), profile.inventory(Instant.now()));
        AgentClient client = client();
        return client.post(ApiPaths.AGENT_INVENTORY, report, false).thenAccept(reply -> {
            if (reply.ok()) {
                inventoryReported = true;
                client.stats().inventories.increment();
            } else {
                refused("inventory", reply); //$NON-NLS-1$
            }
        });
    }

    private CompletableFuture<Void> heartbeat() {
        boolean withVersions = !versionsReported;
        Heartbeat beat = new Heartbeat(guid(), roaming, withVersions ? componentVersions : null);
        AgentClient client = client();
        // The first heartbeat at a new home ends the relocation: until then the target keeps the agent provisional.
        return client.post(ApiPaths.AGENT_HEARTBEAT, beat, false, heartbeatFirst).thenCompose(reply -> {
            if (!reply.ok()) {
                refused("heartbeat", reply); //$NON-NLS-1$
                return done();
            }
            if (withVersions) {
                versionsReported = true;
            }
            heartbeatFirst = false;
            client.stats().heartbeats.increment();
            fleet.confirmed(this);
            List<AgentCommand> commands = client.read(reply, HeartbeatReply.class).commands();
            if (commands.isEmpty()) {
                return done();
            }
            List<CompletableFuture<Void>> carriedOut = new ArrayList<>(commands.size());
            for (AgentCommand command : commands) {
                if (AgentCommand.RELOCATE.equals(command.kind())) {
                    carriedOut.add(relocation.accept(command));
                } else {
                    carriedOut.add(fleet.handlers().carryOut(this, command).thenAccept(unreported::add)
                            .toCompletableFuture());
                }
            }
            return CompletableFuture.allOf(carriedOut.toArray(CompletableFuture[]::new))
                    .thenCompose(all -> reportResults());
        });
    }

    private CompletableFuture<Void> reportResults() {
        CommandResult result = unreported.poll();
        if (result == null) {
            return done();
        }
        AgentClient client = client();
        return client.post(ApiPaths.AGENT_RESULTS, result, false).handle((reply, failure) -> {
            if (failure != null || reply.status() >= 500) {
                unreported.add(result); // the server did not take it; try again on the next beat
                client.stats().failed("result of command " + result.commandId() + ": " //$NON-NLS-1$ //$NON-NLS-2$
                        + (failure != null ? describe(failure) : "HTTP " + reply.status())); //$NON-NLS-1$
                return Boolean.FALSE;
            }
            if (reply.ok()) {
                (result.success() ? client.stats().commandsSucceeded : client.stats().commandsFailed).increment();
            } else {
                refused("result of command " + result.commandId(), reply); //$NON-NLS-1$
            }
            return Boolean.TRUE;
        }).thenCompose(sent -> sent.booleanValue() ? reportResults() : done());
    }

    private void refused(String what, AgentClient.Reply reply) {
        AgentClient client = client();
        ApiError error = client.error(reply);
        if (ErrorCodes.UNKNOWN_AGENT.equals(error.error())) {
            if (relocation.pending()) {
                // The source forgets an agent only on a receipt: relocating goes on, and the target takes it.
                relocation.hurry();
            } else {
                registered = false; // the server lost or forgot it: register again on the next tick
                inventoryReported = false;
            }
        }
        client.stats().failed(what + " of " + identity.hostName() + ": HTTP " + reply.status() + " " + error.error() //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                + ": " + error.message()); //$NON-NLS-1$
    }

    private static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }

    static String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause()
                : failure;
        String message = cause.getMessage();
        return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message); //$NON-NLS-1$ //$NON-NLS-2$
    }
}
