package io.bulwark.core.internal.cli;

import java.io.PrintStream;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.move.DomainOutcome;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MovePlan;
import io.bulwark.core.move.PlannedDomain;
import io.bulwark.core.move.PlannedSetting;
import io.bulwark.core.move.StructurePlan;
import io.bulwark.core.move.StructureReplication;
import io.bulwark.core.move.StructureRequest;
import io.bulwark.core.move.StructureResult;

/**
 * {@code --replicate-structure}: plans the replication of the agents' source domains under the move's target domain,
 * prints it with the move plan, and applies it before the move starts.
 */
final class StructureStep {

    private StructureStep() {
    }

    static StructurePlan plan(ServerClient source, ServerClient target, MovePlan move, boolean allSettings,
            PrintStream out) throws MoveException, ServerException {
        StructurePlan plan = new StructureReplication(source, target)
                .plan(StructureRequest.forMove(move, allSettings), null);
        if (plan.domains().isEmpty()) {
            out.println(Messages.StructureStep_noDomains);
            out.flush();
            return plan;
        }
        out.println(NLS.bind(Messages.StructureStep_title, new Object[]{domain(plan.targetParentPath()),
                Integer.valueOf(plan.toCreate().size()), Integer.valueOf(plan.present().size()),
                String.join(", ", plan.groups())})); //$NON-NLS-1$
        for (PlannedDomain domain : plan.domains()) {
            out.println(NLS.bind(domain.present() ? Messages.StructureStep_present : Messages.StructureStep_create,
                    domain.targetPath()));
            for (PlannedSetting setting : domain.settings()) {
                out.println(NLS.bind(Messages.StructureStep_setting, new Object[]{setting.group(),
                        value(setting.targetValue(), setting.targetWord()),
                        value(setting.copiedValue(), setting.copiedWord())}));
            }
        }
        for (String note : plan.notes()) {
            out.println(NLS.bind(Messages.StructureStep_note, note));
        }
        out.flush();
        return plan;
    }

    /** @return whether every domain now exists on the target with its settings, so the move may start */
    static boolean apply(ServerClient source, ServerClient target, StructurePlan plan, PrintStream out,
            PrintStream err) throws MoveException, ServerException {
        StructureResult result = new StructureReplication(source, target).apply(plan, null);
        for (DomainOutcome outcome : result.domains()) {
            out.println(NLS.bind(Messages.StructureStep_outcome, new Object[]{outcome.targetPath(),
                    word(outcome.creation()), word(outcome.settings())}));
            if (outcome.problem() != null) {
                err.println(outcome.problem());
            }
        }
        out.flush();
        if (!result.complete()) {
            err.println(Messages.StructureStep_incomplete);
            return false;
        }
        out.println(Messages.StructureStep_done);
        return true;
    }

    private static String value(Object value, String word) {
        if (value == null) {
            return Messages.StructureStep_inherited;
        }
        return word != null ? word : Messages.StructureStep_ownValue;
    }

    private static String word(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String domain(String path) {
        return path == null || path.isEmpty() ? Messages.PlanReport_root : path;
    }
}
