package io.bulwark.ui.internal.moves;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.bulwark.core.move.MovePlan;
import io.bulwark.core.move.PlannedAgent.Disposition;
import io.bulwark.core.move.PlannedDomain;
import io.bulwark.core.move.PlannedSetting;
import io.bulwark.core.move.SettingsDifference;
import io.bulwark.core.move.StructurePlan;

/** A plan in words for the plan page: its servers and counts, the target's readiness, and its details line by line. */
final class PlanTexts {

    private PlanTexts() {
    }

    static String summary(MovePlan plan) {
        return NLS.bind(Messages.PlanTexts_servers, new Object[]{plan.source().name(), plan.target().name(),
                MoveLabels.domain(plan.targetDomainPath())}) + '\n'
                + NLS.bind(Messages.PlanTexts_agents, new Object[]{Integer.valueOf(plan.agents().size()),
                        Integer.valueOf(plan.count(Disposition.MOVE_NOW)),
                        Integer.valueOf(plan.count(Disposition.WAIT)),
                        Integer.valueOf(plan.count(Disposition.SKIP)),
                        Integer.valueOf(plan.count(Disposition.ALREADY_MOVING)),
                        Integer.valueOf(plan.count(Disposition.NOT_FOUND))});
    }

    static String readiness(MovePlan plan) {
        if (!plan.readiness().ready()) {
            return NLS.bind(Messages.PlanTexts_notReady, plan.readiness().problem());
        }
        return plan.readiness().ticketId() == null
                ? NLS.bind(Messages.PlanTexts_ready, plan.target().name())
                : NLS.bind(Messages.PlanTexts_readyWithTicket, plan.target().name(), plan.readiness().ticketId());
    }

    /** @return the target's load, the settings that differ, the structure to replicate, the deadline and estimate */
    static String details(MovePlan plan, StructurePlan structure) {
        List<String> lines = new ArrayList<>();
        lines.add(NLS.bind(Messages.PlanTexts_load, new Object[]{plan.target().name(),
                Long.valueOf(plan.load().agentsBefore()), Long.valueOf(plan.load().agentsAfter()),
                MoveLabels.domain(plan.targetDomainPath()), Long.valueOf(plan.load().domainAgentsBefore()),
                Long.valueOf(plan.load().domainAgentsAfter())}));
        lines.add(NLS.bind(Messages.PlanTexts_timing, new Object[]{MoveLabels.time(plan.deadline()),
                MoveLabels.duration(plan.estimatedMillis()), MoveLabels.duration(plan.heartbeatIntervalMillis())}));
        if (plan.cancelNotifications()) {
            lines.add(NLS.bind(Messages.PlanTexts_cancelNotifications, plan.source().name()));
        }
        lines.add(""); //$NON-NLS-1$
        if (plan.settingsDifferences().isEmpty()) {
            lines.add(Messages.PlanTexts_sameSettings);
        } else {
            lines.add(Messages.PlanTexts_settings);
            for (SettingsDifference difference : plan.settingsDifferences()) {
                lines.add(difference.sourceValue() != null
                        ? NLS.bind(Messages.PlanTexts_settingValue, new Object[]{
                                MoveLabels.domain(difference.sourceDomainPath()),
                                Integer.valueOf(difference.agentCount()), difference.group(),
                                difference.sourceValue(), difference.targetValue()})
                        : NLS.bind(Messages.PlanTexts_settingGroup, new Object[]{
                                MoveLabels.domain(difference.sourceDomainPath()),
                                Integer.valueOf(difference.agentCount()), difference.group()}));
            }
        }
        if (structure != null) {
            lines.add(""); //$NON-NLS-1$
            structure(structure, lines);
        }
        return String.join("\n", lines); //$NON-NLS-1$
    }

    private static void structure(StructurePlan structure, List<String> lines) {
        if (structure.domains().isEmpty()) {
            lines.add(Messages.PlanTexts_noStructure);
            return;
        }
        lines.add(NLS.bind(Messages.PlanTexts_structure, new Object[]{MoveLabels.domain(structure.targetParentPath()),
                Integer.valueOf(structure.toCreate().size()), Integer.valueOf(structure.present().size()),
                String.join(", ", structure.groups())})); //$NON-NLS-1$
        for (PlannedDomain domain : structure.domains()) {
            lines.add(NLS.bind(domain.present() ? Messages.PlanTexts_present : Messages.PlanTexts_create,
                    domain.targetPath()));
            for (PlannedSetting setting : domain.settings()) {
                lines.add(NLS.bind(Messages.PlanTexts_copied, new Object[]{setting.group(),
                        value(setting.targetValue(), setting.targetWord()),
                        value(setting.copiedValue(), setting.copiedWord())}));
            }
        }
        for (String note : structure.notes()) {
            lines.add(NLS.bind(Messages.PlanTexts_note, note));
        }
    }

    private static String value(Object value, String word) {
        if (value == null) {
            return Messages.PlanTexts_inherited;
        }
        return word != null ? word : Messages.PlanTexts_ownValue;
    }
}
