package io.bulwark.core.internal.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import io.bulwark.core.internal.move.MoveSteps;
import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.core.move.MovePlan;
import io.bulwark.core.move.PlannedAgent;
import io.bulwark.core.move.PlannedAgent.Disposition;
import io.bulwark.core.move.SettingsDifference;
import io.bulwark.protocol.admin.AgentStatus;
import io.bulwark.protocol.move.MoveItemProgress;

/** Prints a plan and a job's progress for a person at a terminal. */
final class PlanReport {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'") //$NON-NLS-1$
            .withZone(ZoneOffset.UTC);

    private final PrintStream out;

    PlanReport(PrintStream out) {
        this.out = out;
    }

    void plan(MovePlan plan) {
        out.println(NLS.bind(Messages.PlanReport_title, plan.moveId()));
        out.println(NLS.bind(Messages.PlanReport_servers, new Object[]{plan.source().name(), plan.source().url(),
                plan.target().name(), plan.target().url(), domain(plan.targetDomainPath())}));
        out.println(NLS.bind(Messages.PlanReport_agents, new Object[]{Integer.valueOf(plan.agents().size()),
                Integer.valueOf(plan.count(Disposition.MOVE_NOW)), Integer.valueOf(plan.count(Disposition.WAIT)),
                Integer.valueOf(plan.count(Disposition.SKIP)), Integer.valueOf(plan.count(Disposition.ALREADY_MOVING)),
                Integer.valueOf(plan.count(Disposition.NOT_FOUND))}));
        for (PlannedAgent agent : plan.agents()) {
            if (agent.disposition() != Disposition.MOVE_NOW) {
                out.println(NLS.bind(Messages.PlanReport_agent, new Object[]{agent.id(), agent.hostName(),
                        status(agent.status()), disposition(agent.disposition())}));
            }
        }
        out.println(plan.readiness().ready()
                ? Messages.PlanReport_ready
                : NLS.bind(Messages.PlanReport_notReady, plan.readiness().problem()));
        out.println(NLS.bind(Messages.PlanReport_load, new Object[]{Long.valueOf(plan.load().agentsBefore()),
                Long.valueOf(plan.load().agentsAfter()), Long.valueOf(plan.load().domainAgentsBefore()),
                Long.valueOf(plan.load().domainAgentsAfter())}));
        if (plan.settingsDifferences().isEmpty()) {
            out.println(Messages.PlanReport_sameSettings);
        } else {
            out.println(Messages.PlanReport_settings);
            for (SettingsDifference difference : plan.settingsDifferences()) {
                out.println(difference.sourceValue() != null
                        ? NLS.bind(Messages.PlanReport_settingValue, new Object[]{
                                domain(difference.sourceDomainPath()), Integer.valueOf(difference.agentCount()),
                                difference.group(), difference.sourceValue(), difference.targetValue()})
                        : NLS.bind(Messages.PlanReport_settingGroup, new Object[]{
                                domain(difference.sourceDomainPath()), Integer.valueOf(difference.agentCount()),
                                difference.group()}));
            }
        }
        out.println(NLS.bind(Messages.PlanReport_timing, new Object[]{TIME.format(plan.deadline()),
                duration(plan.estimatedMillis()), duration(plan.heartbeatIntervalMillis())}));
        out.flush();
    }

    private static String status(String status) {
        if (status == null) { // an agent the source does not have
            return ""; //$NON-NLS-1$
        }
        return switch (status) {
            case AgentStatus.ONLINE -> Messages.PlanReport_online;
            case AgentStatus.OFFLINE -> Messages.PlanReport_offline;
            case AgentStatus.ROAMING -> Messages.PlanReport_roaming;
            case AgentStatus.MOVING -> Messages.PlanReport_moving;
            default -> status; // a status of a newer server, in its own words
        };
    }

    private static String disposition(Disposition disposition) {
        return switch (disposition) {
            case MOVE_NOW -> Messages.PlanReport_moveNow;
            case WAIT -> Messages.PlanReport_wait;
            case SKIP -> Messages.PlanReport_skip;
            case ALREADY_MOVING -> Messages.PlanReport_alreadyMoving;
            case NOT_FOUND -> Messages.PlanReport_notFound;
        };
    }

    void progress(MoveJobRecord job) {
        out.println(NLS.bind(Messages.PlanReport_progress, TIME.format(Instant.now()), MoveSteps.summary(job)));
        if (job.lastError() != null) {
            out.println(NLS.bind(Messages.PlanReport_lastError, job.lastError()));
        }
        out.flush();
    }

    void result(MoveJobRecord job) {
        for (MoveItemProgress item : job.items()) {
            if (!MoveItemProgress.ARRIVED.equals(item.state())) {
                out.println(NLS.bind(Messages.PlanReport_notArrived, new Object[]{item.agentId(),
                        MoveSteps.stateLabel(item.state()),
                        item.reason() == null ? "" : item.reason()})); //$NON-NLS-1$
            }
        }
        out.println(job.allArrived()
                ? NLS.bind(Messages.PlanReport_allArrived, Integer.valueOf(job.items().size()))
                : NLS.bind(Messages.PlanReport_notAllArrived, MoveSteps.summary(job)));
        out.flush();
    }

    /** @return the time for a person, in UTC */
    static String time(Instant instant) {
        return TIME.format(instant);
    }

    static String domain(String path) {
        return path == null || path.isEmpty() ? Messages.PlanReport_root : path;
    }

    private static String duration(long millis) {
        Duration duration = Duration.ofMillis(millis);
        if (duration.toHours() > 0) {
            return NLS.bind(Messages.PlanReport_hours, Long.valueOf(duration.toHours()),
                    Integer.valueOf(duration.toMinutesPart()));
        }
        if (duration.toMinutes() > 0) {
            return NLS.bind(Messages.PlanReport_minutes, Long.valueOf(duration.toMinutes()),
                    Integer.valueOf(duration.toSecondsPart()));
        }
        return NLS.bind(Messages.PlanReport_seconds, String.format(Locale.ROOT, "%.1f", //$NON-NLS-1$
                Double.valueOf(millis / 1000.0)));
    }
}
