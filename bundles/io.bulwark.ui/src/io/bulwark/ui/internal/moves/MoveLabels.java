package io.bulwark.ui.internal.moves;

import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import io.bulwark.core.move.MoveJobRecord;
import io.bulwark.core.move.MovePhase;
import io.bulwark.core.move.PlannedAgent.Disposition;
import io.bulwark.model.AgentStatus;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.tree.AgentFilter;
import io.bulwark.protocol.move.MoveItemProgress;
import io.bulwark.ui.internal.agents.AgentTreeLabelProvider;
import io.bulwark.ui.internal.moves.FollowedMove.Following;

/** The words for moves that the wizard and the Moves part show: domains, dispositions, states, phases, times. */
final class MoveLabels {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT)
            .withZone(ZoneId.systemDefault());

    private MoveLabels() {
    }

    /** @return a domain path for a person; the root named as such */
    static String domain(String path) {
        return path == null || path.isEmpty() ? Messages.MoveLabels_root : path;
    }

    /** @return the paths of a server's domains (as plans name them), the root first, then in alphabetical order */
    static List<String> domainPaths(ManagementServer server) {
        List<String> paths = new ArrayList<>();
        if (server.getAgentTree() != null) {
            collect(server.getAgentTree().getDomains(), "", paths); //$NON-NLS-1$
        }
        paths.sort(Comparator.comparing((String path) -> path.toLowerCase(Locale.ROOT)));
        paths.add(0, ""); //$NON-NLS-1$
        return paths;
    }

    private static void collect(List<Domain> domains, String prefix, List<String> paths) {
        for (Domain domain : domains) {
            String path = prefix + domain.getName();
            paths.add(path);
            collect(domain.getDomains(), path + "/", paths); //$NON-NLS-1$
        }
    }

    static String disposition(Disposition disposition) {
        return switch (disposition) {
            case MOVE_NOW -> Messages.MoveLabels_moveNow;
            case WAIT -> Messages.MoveLabels_waitOnline;
            case SKIP -> Messages.MoveLabels_skip;
            case ALREADY_MOVING -> Messages.MoveLabels_alreadyMoving;
            case NOT_FOUND -> Messages.MoveLabels_notFound;
        };
    }

    /**
     * @param status
     *            an agent's status as a server sends it, e.g. {@code online}
     * @return the status in words, as the agent tree shows it; a status this console does not know, as sent
     */
    static String agentStatus(String status) {
        AgentStatus known = AgentStatus.get(status);
        return known == null ? status : AgentTreeLabelProvider.status(known);
    }

    /**
     * @param filter
     *            the agent tree's filter
     * @return its text, and whether it shows update agents only, in words
     */
    static String filter(AgentFilter filter) {
        return filter.isUpdateAgentsOnly()
                ? NLS.bind(Messages.MoveLabels_filterUpdateAgentsOnly, filter.text())
                : filter.text();
    }

    static String state(String state) {
        return switch (state) {
            case MoveItemProgress.WAITING -> Messages.MoveLabels_stateWaiting;
            case MoveItemProgress.MOVING -> Messages.MoveLabels_stateMoving;
            case MoveItemProgress.ARRIVED -> Messages.MoveLabels_stateArrived;
            case MoveItemProgress.SKIPPED -> Messages.MoveLabels_stateSkipped;
            case MoveItemProgress.ROLLED_BACK -> Messages.MoveLabels_stateRolledBack;
            case MoveItemProgress.EXPIRED -> Messages.MoveLabels_stateExpired;
            case MoveItemProgress.CANCELLED -> Messages.MoveLabels_stateCancelled;
            default -> state;
        };
    }

    /** @return how many agents are in each state, e.g. "3 arrived, 2 moving" */
    static String counts(MoveJobRecord job) {
        List<String> parts = new ArrayList<>();
        for (String state : MoveItemProgress.STATES) {
            int count = job.count(state);
            if (count > 0) {
                parts.add(NLS.bind(Messages.MoveLabels_count, Integer.valueOf(count), state(state)));
            }
        }
        return parts.isEmpty()
                ? NLS.bind(Messages.MoveLabels_planned, Integer.valueOf(job.plan().namedAgents().size()))
                : String.join(", ", parts); //$NON-NLS-1$
    }

    /** @return where a job stands and what the console does with it, in a few words */
    static String progress(FollowedMove move) {
        if (move.job() == null) {
            return Messages.MoveLabels_unreadable;
        }
        MoveJobRecord job = move.job();
        if (job.finished()) {
            if (job.cancelled()) {
                return Messages.MoveLabels_finishedCancelled;
            }
            return job.allArrived()
                    ? NLS.bind(Messages.MoveLabels_finishedAllArrived, Integer.valueOf(job.items().size()))
                    : Messages.MoveLabels_finishedNotAll;
        }
        String phase = phase(job.phase());
        return switch (move.following()) {
            case WAITING_FOR_SERVERS -> NLS.bind(Messages.MoveLabels_waitingForServers, phase);
            case ELSEWHERE -> NLS.bind(Messages.MoveLabels_elsewhere, phase);
            case STOPPED -> NLS.bind(Messages.MoveLabels_stopped, phase);
            default -> job.cancelled() ? NLS.bind(Messages.MoveLabels_cancelling, phase) : phase;
        };
    }

    private static String phase(MovePhase phase) {
        return switch (phase) {
            case PLANNED -> Messages.MoveLabels_phasePlanned;
            case TICKET_OBTAINED -> Messages.MoveLabels_phaseTicket;
            case STARTED -> Messages.MoveLabels_phaseStarted;
            case FINISHED -> Messages.MoveLabels_phaseFinished;
        };
    }

    /** @return whether the Moves part may offer to resume a job */
    static boolean resumable(FollowedMove move) {
        return move.unfinished() && move.following() == Following.STOPPED;
    }

    static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant); //$NON-NLS-1$
    }

    static String duration(long millis) {
        Duration duration = Duration.ofMillis(millis);
        if (duration.toHours() > 0) {
            return NLS.bind(Messages.MoveLabels_hours, Long.valueOf(duration.toHours()),
                    Integer.valueOf(duration.toMinutesPart()));
        }
        if (duration.toMinutes() > 0) {
            return NLS.bind(Messages.MoveLabels_minutes, Long.valueOf(duration.toMinutes()),
                    Integer.valueOf(duration.toSecondsPart()));
        }
        NumberFormat seconds = NumberFormat.getNumberInstance();
        seconds.setMinimumFractionDigits(1);
        seconds.setMaximumFractionDigits(1);
        return NLS.bind(Messages.MoveLabels_seconds, seconds.format(millis / 1000.0));
    }
}
