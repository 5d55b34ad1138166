package io.bulwark.core.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.NotificationsPendingException;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.internal.cli.MoveOptions.UsageException;
import io.bulwark.core.move.AgentListImport;
import io.bulwark.core.move.AgentLists;
import io.bulwark.core.move.JobLock;
import io.bulwark.core.move.ListProblem;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.core.move.MoveJournal;
import io.bulwark.core.move.MovePhase;
import io.bulwark.core.move.MovePlan;
import io.bulwark.core.move.MovePlanFile;
import io.bulwark.core.move.MovePlanRequest;
import io.bulwark.core.move.MovePlanner;
import io.bulwark.core.move.MoveRunner;
import io.bulwark.core.move.StructurePlan;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.move.MoveRequest;

/**
 * {@code bulwark move}: the headless application ({@code io.bulwark.core.move}) that plans a move from an agent list,
 * prints the plan, carries the move out through the shared move journal and prints its progress. A second run with the
 * same servers and list resumes the unfinished job from the journal, or, once the job finished and the agents that
 * arrived are gone from the source, reports how it ended. With {@code --waves} it plans a migration campaign instead
 * and starts its first wave, with {@code --campaign} it shows, confirms or goes on with one ({@link CampaignCommand}),
 * and with {@code --move-back} it moves a finished move's agents back ({@link MoveBackCommand}). Exit codes: 0 every
 * agent named in the move (or wave, or move back) arrived, or only a plan or a campaign's state was asked for, or a
 * wave was confirmed; 1 the move ended with agents that did not arrive; 2 refused input (options, list, certificate, a
 * plan that is not ready, a wave that may not start or be confirmed yet); 3 a failure talking to a server or writing
 * the journal.
 */
public final class MoveApplication implements IApplication {

    static final int ARRIVED = 0;
    static final int NOT_ALL_ARRIVED = 1;
    static final int REFUSED = 2;
    static final int FAILED = 3;

    private final PrintStream out;
    private final PrintStream err;
    private final UnaryOperator<String> environment;

    /** The application as the product runs it, printing to the process's output. */
    public MoveApplication() {
        this(System.out, System.err);
    }

    /**
     * @param out
     *            where plans and progress go
     * @param err
     *            where problems go
     */
    public MoveApplication(PrintStream out, PrintStream err) {
        this(out, err, System::getenv);
    }

    /**
     * @param out
     *            where plans and progress go
     * @param err
     *            where problems go
     * @param environment
     *            where the password variables are read: the process's environment, or a test's
     */
    public MoveApplication(PrintStream out, PrintStream err, UnaryOperator<String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    @Override
    public Object start(IApplicationContext context) {
        Object given = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] args = given instanceof String[] strings ? strings : new String[0];
        context.applicationRunning();
        return Integer.valueOf(run(args));
    }

    @Override
    public void stop() {
        // the run ends with the process; the journal keeps where it stood
    }

    /**
     * @param args
     *            the command line after {@code move}
     * @return the exit code
     */
    public int run(String[] args) {
        MoveOptions options;
        try {
            options = MoveOptions.parse(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(Messages.MoveApplication_usage);
            return REFUSED;
        }
        if (options.help()) {
            out.println(Messages.MoveApplication_usage);
            return ARRIVED;
        }
        MoveJournal journal = options.journal() != null
                ? new MoveJournal(options.journal())
                : MoveJournal.defaultJournal();
        return switch (options.mode()) {
            case MOVE -> moveListed(options, journal);
            case WAVES -> ServerPair.run(options, null, null, err, environment,
                    (source, target) -> new CampaignCommand(options, journal, out, err, environment).create(source,
                            target));
            case CAMPAIGN -> new CampaignCommand(options, journal, out, err, environment).carryOn();
            case MOVE_BACK -> new MoveBackCommand(options, journal, out, err, environment).run();
            case SHOW_PLAN -> showPlan(options.showPlan());
        };
    }

    /** Prints a saved plan as it was made, for review; no server is asked. */
    private int showPlan(Path file) {
        try {
            MovePlan plan = MovePlanFile.load(file);
            out.println(NLS.bind(Messages.MoveApplication_savedPlan, file));
            new PlanReport(out).plan(plan);
            return ARRIVED;
        } catch (MoveException e) {
            err.println(e.getMessage());
            return REFUSED;
        }
    }

    /** Reads the agent list before any server is asked: a list that cannot be read is refused input. */
    private int moveListed(MoveOptions options, MoveJournal journal) {
        String origin;
        try {
            origin = origin(options.agents());
        } catch (MoveException e) {
            err.println(e.getMessage());
            return REFUSED;
        }
        return ServerPair.run(options, null, null, err, environment,
                (source, target) -> move(options, journal, origin, source, target));
    }

    private int move(MoveOptions options, MoveJournal journal, String origin, ServerClient source,
            ServerClient target) {
        PlanReport report = new PlanReport(out);
        JobLock planning = null;
        try {
            // held until the move to follow is known: a run started meanwhile would record a second move of the list
            planning = options.planOnly() ? null : journal.lockPlanning(origin);
            MoveJobRecord unfinished = options.planOnly()
                    ? null
                    : newestOfList(journal, origin, source, target, options,
                            false);
            if (unfinished != null && sameOptions(unfinished.plan(), options)) {
                out.println(NLS.bind(Messages.MoveApplication_resuming, unfinished.moveId(), journal.folder()));
                report.plan(unfinished.plan());
                planning.close();
                return follow(journal, unfinished.moveId(), source, target, options, report);
            }
            if (unfinished != null && unfinished.phase() == MovePhase.STARTED) {
                err.println(NLS.bind(Messages.MoveApplication_startedWithOtherOptions, unfinished.moveId(),
                        journal.folder()));
                return REFUSED;
            }
            if (unfinished != null) {
                // not yet asked of the source (it refused, say, for queued notifications): withdrawn, so this run's
                // options count, and its ticket given back
                out.println(NLS.bind(Messages.MoveApplication_withdrawn, unfinished.moveId()));
                journal.requestCancel(unfinished.moveId());
                new MoveRunner(journal, source, target).step(unfinished.moveId(), null);
            }
            MovePlanner planner = new MovePlanner(source, target);
            AgentListImport imported;
            try {
                imported = AgentLists.read(options.agents(), planner.sourceAgents(null));
            } catch (MoveException e) { // the list itself: not text, too long, gone
                err.println(e.getMessage());
                return REFUSED;
            }
            MoveJobRecord finished = imported.isClean() || options.planOnly()
                    ? null
                    : newestOfList(journal, origin, source, target, options, true);
            if (finished != null && MovedAway.explains(finished, imported)) {
                // run again after the move ended: the agents it named left the source with it
                out.println(NLS.bind(Messages.MoveApplication_finishedBefore, new Object[]{finished.moveId(),
                        PlanReport.time(finished.updatedAt()), journal.folder()}));
                report.result(finished);
                if (!finished.allArrived()) {
                    out.println(Messages.MoveApplication_finishedBeforeLeftOver);
                }
                return finished.allArrived() ? ARRIVED : NOT_ALL_ARRIVED;
            }
            if (!clean(imported, options.agents(), err)) {
                return REFUSED;
            }
            if (imported.agents().isEmpty()) {
                err.println(NLS.bind(Messages.MoveApplication_listEmpty, options.agents()));
                return REFUSED;
            }
            MovePlan plan = planner.plan(new MovePlanRequest(
                    imported.agents().stream().map(AgentSummary::id).toList(), options.toDomain(),
                    options.deadlineDays(), options.skipOffline() ? MoveRequest.SKIP : MoveRequest.WAIT,
                    options.cancelNotifications(), false, origin), null);
            report.plan(plan);
            StructurePlan structure = options.replicateStructure() && plan.readiness().ready()
                    ? StructureStep.plan(source, target, plan, options.allSettings(), out)
                    : null;
            if (options.savePlan() != null) {
                MovePlanFile.save(plan, options.savePlan());
                out.println(NLS.bind(Messages.MoveApplication_planSaved, options.savePlan()));
            }
            if (!plan.readiness().ready()) {
                err.println(NLS.bind(Messages.MoveApplication_notReady, plan.readiness().problem()));
                return REFUSED;
            }
            if (options.planOnly()) {
                return ARRIVED;
            }
            if (structure != null) {
                if (!StructureStep.apply(source, target, structure, out, err)) {
                    return FAILED;
                }
                plan = plan.placedIn(structure);
            }
            journal.create(plan);
            planning.close();
            out.println(NLS.bind(Messages.MoveApplication_journaled, plan.moveId(), journal.folder()));
            return follow(journal, plan.moveId(), source, target, options, report);
        } catch (NotificationsPendingException e) {
            err.println(NLS.bind(Messages.MoveApplication_notificationsPending, e.getMessage(),
                    Integer.valueOf(e.agentIds().size())));
            return REFUSED;
        } catch (MoveException | ServerException e) {
            err.println(e.getMessage());
            return FAILED;
        } finally {
            if (planning != null) {
                planning.close();
            }
        }
    }

    /** Prints the problems of an agent list; @return whether it has none. */
    static boolean clean(AgentListImport imported, Path file, PrintStream err) {
        for (ListProblem problem : imported.problems()) {
            err.println(NLS.bind(Messages.MoveApplication_listProblem, file, problem.message()));
        }
        if (!imported.isClean()) {
            err.println(NLS.bind(Messages.MoveApplication_listRefused, file,
                    Integer.valueOf(imported.problems().size())));
        }
        return imported.isClean();
    }

    static int follow(MoveJournal journal, UUID moveId, ServerClient source, ServerClient target,
            MoveOptions options, PlanReport report) throws MoveException, ServerException {
        MoveJobRecord done = new MoveRunner(journal, source, target, options.poll()).run(moveId, report::progress,
                null);
        report.result(done);
        return done.allArrived() ? ARRIVED : NOT_ALL_ARRIVED;
    }

    /**
     * The newest job of the journal made from the same list for the same servers and domain that has or has not
     * finished, or {@code null}.
     *
     * @throws MoveException
     *             if a job of the journal cannot be read: it might be this list's move, and a new one would repeat it
     */
    private static MoveJobRecord newestOfList(MoveJournal journal, String origin, ServerClient source,
            ServerClient target, MoveOptions options, boolean finished) throws MoveException {
        MoveJobRecord newest = null;
        for (UUID id : journal.jobs()) {
            MoveJobRecord job;
            try {
                job = journal.read(id);
            } catch (MoveException e) {
                throw new MoveException(NLS.bind(Messages.MoveApplication_journalDamaged, e.getMessage(),
                        journal.folder()), e);
            }
            MovePlan plan = job.plan();
            boolean same = job.finished() == finished && origin.equals(plan.origin())
                    && plan.source().url().equals(source.address().toString())
                    && plan.target().url().equals(target.address().toString())
                    && Objects.equals(normalized(options.toDomain()), normalized(plan.targetDomainPath()));
            if (same && (newest == null || plan.plannedAt().isAfter(newest.plan().plannedAt()))) {
                newest = job;
            }
        }
        return newest;
    }

    /** Whether this run's options are those the job's plan was made with: offline agents, notifications, deadline. */
    private static boolean sameOptions(MovePlan plan, MoveOptions options) {
        String offline = options.skipOffline() ? MoveRequest.SKIP : MoveRequest.WAIT;
        long days = Duration.between(plan.plannedAt(), plan.deadline()).toDays();
        return plan.cancelNotifications() == options.cancelNotifications() && offline.equals(plan.offlineAgents())
                && days == options.deadlineDays();
    }

    private static String normalized(String path) {
        String stripped = path == null ? "" : path.strip(); //$NON-NLS-1$
        while (stripped.startsWith("/")) { //$NON-NLS-1$
            stripped = stripped.substring(1);
        }
        while (stripped.endsWith("/")) { //$NON-NLS-1$
            stripped = stripped.substring(0, stripped.length() - 1);
        }
        return stripped.toLowerCase(Locale.ROOT);
    }

    /** The list's absolute path and the SHA-256 of its content: a second run with the same list finds its job. */
    public static String origin(Path agents) throws MoveException {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(agents)); //$NON-NLS-1$
            return agents.toAbsolutePath().normalize() + " sha256:" + HexFormat.of().formatHex(digest); //$NON-NLS-1$
        } catch (IOException e) {
            throw new MoveException(NLS.bind(Messages.MoveApplication_listUnreadable, agents, e.getMessage()), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
