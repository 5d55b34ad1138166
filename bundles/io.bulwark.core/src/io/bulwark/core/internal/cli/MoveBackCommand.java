package io.bulwark.core.internal.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.internal.cli.MigrationOptions.MoveBackOptions;
import io.bulwark.core.migration.MigrationRefusedException;
import io.bulwark.core.migration.MoveBack;
import io.bulwark.core.migration.MoveBackPlan;
import io.bulwark.core.migration.MoveBackRequest;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.core.move.MoveJournal;
import io.bulwark.core.move.MovePlan;
import io.bulwark.protocol.move.MoveRequest;

/**
 * {@code bulwark move --move-back MOVE_ID}: moves the agents of a finished move back from its target to its source,
 * each into the domain it left, printing the plan and the progress of every move back. The servers are the move's
 * unless {@code --from} (the move's target, which the agents leave now) and {@code --to} say otherwise. Running it
 * again after an interruption resumes the moves back of the earlier run.
 */
final class MoveBackCommand {

    private final MoveOptions options;
    private final MoveJournal journal;
    private final PrintStream out;
    private final PrintStream err;
    private final UnaryOperator<String> environment;

    MoveBackCommand(MoveOptions options, MoveJournal journal, PrintStream out, PrintStream err,
            UnaryOperator<String> environment) {
        this.environment = environment;
        this.options = options;
        this.journal = journal;
        this.out = out;
        this.err = err;
    }

    int run() {
        MoveBackOptions chosen = options.migration().moveBack();
        MovePlan original;
        try {
            if (!journal.jobs().contains(chosen.moveId())) {
                err.println(NLS.bind(Messages.MoveBackCommand_noSuchMove, chosen.moveId(), journal.folder()));
                return MoveApplication.REFUSED;
            }
            original = journal.read(chosen.moveId()).plan();
        } catch (MoveException e) {
            err.println(e.getMessage());
            return MoveApplication.FAILED;
        }
        return ServerPair.run(options, original.target(), original.source(), err, environment,
                (from, to) -> moveBack(chosen, from, to));
    }

    private int moveBack(MoveBackOptions chosen, ServerClient from, ServerClient to)
            throws MoveException, ServerException {
        MoveBack back = new MoveBack(journal, from, to);
        MoveBackPlan plan = back.plan(new MoveBackRequest(chosen.moveId(), chosen.missingDomainsToRoot(),
                options.deadlineDays(), options.skipOffline() ? MoveRequest.SKIP : MoveRequest.WAIT,
                options.cancelNotifications()), null);
        print(plan);
        if (!plan.ready()) {
            err.println(NLS.bind(Messages.MoveBackCommand_domainsMissing, plan.to().name(),
                    String.join(", ", plan.missingDomains()))); //$NON-NLS-1$
            return MoveApplication.REFUSED;
        }
        if (options.planOnly()) {
            return MoveApplication.ARRIVED;
        }
        List<UUID> jobs = back.record(plan);
        if (jobs.isEmpty()) {
            throw new MigrationRefusedException(Messages.MoveBackCommand_nothingToMove);
        }
        out.println(NLS.bind(Messages.MoveBackCommand_journaled, Integer.valueOf(jobs.size()), journal.folder()));
        PlanReport report = new PlanReport(out);
        List<MoveJobRecord> done = back.carryOut(jobs, options.poll(), report::progress, null);
        boolean all = plan.skippedDomains().isEmpty();
        for (MoveJobRecord job : done) {
            out.println(NLS.bind(Messages.MoveBackCommand_result, job.moveId(),
                    PlanReport.domain(job.plan().targetDomainPath())));
            report.result(job);
            all &= job.allArrived();
        }
        return all ? MoveApplication.ARRIVED : MoveApplication.NOT_ALL_ARRIVED;
    }

    private void print(MoveBackPlan plan) {
        out.println(NLS.bind(Messages.MoveBackCommand_title, new Object[]{plan.moveId(),
                Integer.valueOf(plan.arrived()), plan.from().name(), plan.to().name()}));
        if (!plan.earlierJobs().isEmpty()) {
            out.println(NLS.bind(Messages.MoveBackCommand_earlier, Integer.valueOf(plan.earlierJobs().size()),
                    String.join(", ", plan.earlierJobs().stream().map(UUID::toString).toList()))); //$NON-NLS-1$
        }
        if (!plan.missingDomains().isEmpty() && plan.missingDomainsToRoot()) {
            out.println(NLS.bind(Messages.MoveBackCommand_toRoot, plan.to().name(),
                    String.join(", ", plan.missingDomains()))); //$NON-NLS-1$
        }
        for (String skipped : plan.skippedDomains()) {
            out.println(NLS.bind(Messages.MoveBackCommand_skipped, skipped));
        }
        PlanReport report = new PlanReport(out);
        for (MovePlan move : plan.moves()) {
            report.plan(move);
        }
        out.flush();
    }
}
