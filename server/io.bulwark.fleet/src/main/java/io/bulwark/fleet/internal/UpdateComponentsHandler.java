package io.bulwark.fleet.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

import io.bulwark.protocol.agent.AgentCommand;
import io.bulwark.protocol.agent.CommandResult;
import io.bulwark.protocol.components.ComponentIncrement;
import io.bulwark.protocol.components.ComponentTarget;
import io.bulwark.protocol.components.IncrementPatch;
import io.bulwark.protocol.components.InvalidIncrementException;
import io.bulwark.protocol.components.UpdateComponentsCommand;
import io.bulwark.protocol.components.UpdatedComponent;

/**
 * {@code update_components}: the agent brings each component of the command to its version, one after the other. With
 * the file of its version at hand and an unbroken chain of increments from it, it downloads the increments, checks each
 * one's size and SHA-256, applies them in order and checks the result against the full file's SHA-256 (falling back to
 * the full file if the result differs); otherwise it downloads the full file and checks its size and SHA-256. A
 * download that fails its check, or cannot be had, fails the whole command and the agent keeps every old version.
 */
final class UpdateComponentsHandler implements CommandHandler {

    /** A download or a file that did not pass its check; fails the command with its message. */
    private static final class Refused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, null, false, false);
        }
    }

    /** One component brought up to date: its new file's hash and how the agent got it. */
    private record Outcome(UpdatedComponent updated, String sha256) {
    }

    private final ComponentCache cache;

    /**
     * @param cache
     *            the files the fleet's agents hold
     */
    UpdateComponentsHandler(ComponentCache cache) {
        this.cache = cache;
    }

    @Override
    public String kind() {
        return AgentCommand.UPDATE_COMPONENTS;
    }

    @Override
    public CompletionStage<CommandResult> carryOut(SimulatedAgent agent, AgentCommand command) {
        UpdateComponentsCommand update = command.updateComponents();
        if (update == null || update.components().isEmpty()) {
            return CompletableFuture.completedFuture(
                    CommandHandler.failure(agent, command, "The command named no components to update")); //$NON-NLS-1$
        }
        CompletableFuture<List<Outcome>> chain = CompletableFuture.completedFuture(new ArrayList<>());
        for (ComponentTarget target : update.components()) {
            chain = chain.thenCompose(outcomes -> update(agent, target).thenApply(outcome -> {
                outcomes.add(outcome);
                return outcomes;
            }));
        }
        return chain.handle((outcomes, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                        ? failure.getCause()
                        : failure;
                String reason = cause instanceof Refused ? cause.getMessage() : cause.toString();
                return CommandHandler.failure(agent, command, "Update refused; old versions kept: " + reason); //$NON-NLS-1$
            }
            Map<String, String> versions = new LinkedHashMap<>();
            Map<String, String> hashes = new LinkedHashMap<>();
            List<UpdatedComponent> updated = new ArrayList<>();
            for (Outcome outcome : outcomes) {
                versions.put(outcome.updated().name(), Long.toString(outcome.updated().version()));
                hashes.put(outcome.updated().name(), outcome.sha256());
                updated.add(outcome.updated());
            }
            agent.componentsUpdated(versions, hashes);
            return new CommandResult(agent.guid(), command.id(), true, "Components updated: " + versions, null, //$NON-NLS-1$
                    updated);
        });
    }

    private CompletableFuture<Outcome> update(SimulatedAgent agent, ComponentTarget target) {
        Long current = version(agent.componentVersions().get(target.name()));
        String currentHash = agent.componentHash(target.name());
        byte[] base = current == null || currentHash == null
                ? null
                : cache.file(target.name(), current.longValue(), currentHash);
        List<ComponentIncrement> chain = current == null ? null : chain(target, current.longValue());
        if (base == null || chain == null) {
            return full(agent, target);
        }
        CompletableFuture<byte[]> patched = CompletableFuture.completedFuture(base);
        for (ComponentIncrement increment : chain) {
            patched = patched.thenCompose(file -> download(agent, increment.path(), increment.size(),
                    increment.sha256(), target.name() + " increment " + increment.from() + "->" + increment.to()) //$NON-NLS-1$ //$NON-NLS-2$
                    .thenApply(patch -> apply(patch, file, target.name(), increment)));
        }
        return patched.thenCompose(file -> {
            String sha256 = sha256(file);
            if (!sha256.equals(target.full().sha256())) {
                return full(agent, target); // the increments did not produce the file: take the whole one
            }
            cache.keep(target.name(), target.version(), sha256, file);
            return CompletableFuture.completedFuture(new Outcome(
                    new UpdatedComponent(target.name(), target.version(), UpdatedComponent.INCREMENTS), sha256));
        });
    }

    private CompletableFuture<Outcome> full(SimulatedAgent agent, ComponentTarget target) {
        return download(agent, target.full().path(), target.full().size(), target.full().sha256(),
                target.name() + " version " + target.version()).thenApply(file -> { //$NON-NLS-1$
                    cache.keep(target.name(), target.version(), target.full().sha256(), file);
                    return new Outcome(new UpdatedComponent(target.name(), target.version(), UpdatedComponent.FULL),
                            target.full().sha256());
                });
    }

    /** @return the increments leading from {@code from} to the target's version, or {@code null} if none or broken */
    private static List<ComponentIncrement> chain(ComponentTarget target, long from) {
        if (from >= target.version()) {
            return null;
        }
        List<ComponentIncrement> sorted = target.increments().stream()
                .sorted(Comparator.comparingLong(ComponentIncrement::from)).toList();
        List<ComponentIncrement> chain = new ArrayList<>();
        long reached = from;
        for (ComponentIncrement increment : sorted) {
            if (increment.from() == reached && increment.to() == reached + 1) {
                chain.add(increment);
                reached = increment.to();
            }
        }
        return reached == target.version() ? chain : null;
    }

    private static CompletableFuture<byte[]> download(SimulatedAgent agent, String path, long size, String sha256,
            String what) {
        return agent.client().get(path).thenApply(reply -> {
            if (!reply.ok()) {
                throw new Refused("downloading " + what + " from " + path + " answered HTTP " + reply.status()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
            }
            byte[] file = reply.body();
            if (file.length != size) {
                throw new Refused(what + " from " + path + " has " + file.length + " bytes, not the announced " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + size);
            }
            String actual = sha256(file);
            if (!actual.equals(sha256)) {
                throw new Refused(what + " from " + path + " has SHA-256 " + actual + ", not the announced " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                        + sha256);
            }
            return file;
        });
    }

    private static byte[] apply(byte[] patch, byte[] file, String name, ComponentIncrement increment) {
        try {
            return IncrementPatch.decode(patch).applyTo(file);
        } catch (InvalidIncrementException e) {
            throw new Refused(name + " increment " + increment.from() + "->" + increment.to() //$NON-NLS-1$ //$NON-NLS-2$
                    + " cannot be applied: " + e.getMessage()); //$NON-NLS-1$
        }
    }

    private static Long version(String reported) {
        if (reported == null || reported.isEmpty() || reported.length() > 18
                || !reported.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return null;
        }
        return Long.valueOf(reported);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)); //$NON-NLS-1$
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The platform has no SHA-256", e); //$NON-NLS-1$
        }
    }
}
