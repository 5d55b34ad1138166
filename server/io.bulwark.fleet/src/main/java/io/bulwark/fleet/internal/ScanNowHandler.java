package io.bulwark.fleet.internal;

import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import io.bulwark.protocol.agent.AgentCommand;
import io.bulwark.protocol.agent.CommandResult;
import io.bulwark.protocol.agent.ScanResult;

/**
 * {@code scan_now}: the agent "scans" its endpoint and reports what it found. The outcome follows from the fleet's
 * seed, the agent and the command, so a run can be repeated: most scans find nothing, some find a threat or a few and
 * quarantine or clean them.
 */
final class ScanNowHandler implements CommandHandler {

    private static final long FILES_PER_SECOND = 20_000;

    @Override
    public String kind() {
        return AgentCommand.SCAN_NOW;
    }

    @Override
    public CompletionStage<CommandResult> carryOut(SimulatedAgent agent, AgentCommand command) {
        SplittableRandom random = new SplittableRandom(agent.seed() ^ (command.id() * 0x2545F4914F6CDD1DL));
        long files = agent.profile().files() + random.nextLong(1_000);
        int threats = random.nextInt(10) < 8 ? 0 : 1 + random.nextInt(3);
        String action = threats == 0 ? "none" : random.nextBoolean() ? "quarantine" : "clean"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        ScanResult result = new ScanResult(files, threats, action, files * 1000 / FILES_PER_SECOND);
        String message = threats == 0
                ? "Scan finished; no threats found" //$NON-NLS-1$
                : "Scan finished; " + threats + " threats found and " //$NON-NLS-1$ //$NON-NLS-2$
                        + (action.equals("clean") ? "cleaned" : "quarantined"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        return CompletableFuture
                .completedFuture(new CommandResult(agent.guid(), command.id(), true, message, result, null));
    }
}
