package io.bulwark.core.internal.move;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ConflictException;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.client.VersionConflictException;
import io.bulwark.client.Versioned;
import io.bulwark.core.move.DomainOutcome;
import io.bulwark.core.move.DomainOutcome.Creation;
import io.bulwark.core.move.DomainOutcome.SettingsOutcome;
import io.bulwark.core.move.PlannedDomain;
import io.bulwark.core.move.PlannedSetting;
import io.bulwark.core.move.StructurePlan;
import io.bulwark.core.move.StructureResult;
import io.bulwark.protocol.settings.Policy;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.SettingsScope;

/**
 * Carries out one structure plan on the target, domain by domain: finds or creates each domain, then writes its copied
 * settings groups if they still hold what they held at planning.
 */
public final class StructureWriter {

    private final ServerClient target;
    private final StructurePlan plan;
    private DomainPaths targetPaths;
    private final Map<String, Long> ids = new HashMap<>();

    /**
     * @param target
     *            the target server
     * @param plan
     *            the plan
     * @param targetPaths
     *            the target's domains as read just before
     * @param parentId
     *            the target parent's id, {@code null} for the root
     */
    public StructureWriter(ServerClient target, StructurePlan plan, DomainPaths targetPaths, Long parentId) {
        this.target = target;
        this.plan = plan;
        this.targetPaths = targetPaths;
        ids.put(key(plan.targetParentPath()), parentId);
    }

    /**
     * @param monitor
     *            one unit of work per planned domain; cancels between two domains
     * @return what was done
     */
    public StructureResult write(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, plan.domains().size());
        List<DomainOutcome> outcomes = new ArrayList<>();
        boolean cancelled = false;
        boolean stopped = false;
        for (int index = 0; index < plan.domains().size(); index++) {
            PlannedDomain domain = plan.domains().get(index);
            if (!cancelled && !stopped) {
                try {
                    progress.split(1);
                } catch (OperationCanceledException e) {
                    cancelled = true;
                }
            }
            if (cancelled || stopped) {
                outcomes.add(new DomainOutcome(domain.targetPath(), null, Creation.NOT_REACHED,
                        SettingsOutcome.NOT_REACHED, null));
                continue;
            }
            DomainOutcome outcome = create(domain, index);
            if (outcome.creation() == Creation.FAILED) {
                stopped = true;
            } else {
                ids.put(key(domain.targetPath()), outcome.domainId());
                outcome = settings(domain, outcome);
            }
            outcomes.add(outcome);
        }
        return new StructureResult(plan.planId(), outcomes, cancelled);
    }

    private DomainOutcome create(PlannedDomain domain, int index) {
        Long existing = find(domain.targetPath());
        if (existing != null) {
            return new DomainOutcome(domain.targetPath(), existing, Creation.EXISTED, SettingsOutcome.NOT_REACHED,
                    null);
        }
        int slash = domain.targetPath().lastIndexOf(DomainPaths.SEPARATOR);
        String parentPath = slash < 0 ? "" : domain.targetPath().substring(0, slash); //$NON-NLS-1$
        String name = domain.targetPath().substring(slash + 1);
        try {
            long id = target.createDomain(name, ids.get(key(parentPath)), creationKey(index), null).id();
            return new DomainOutcome(domain.targetPath(), Long.valueOf(id), Creation.CREATED,
                    SettingsOutcome.NOT_REACHED, null);
        } catch (ServerException e) {
            Long raced = e instanceof ConflictException ? findAfresh(domain.targetPath()) : null;
            if (raced != null) {
                return new DomainOutcome(domain.targetPath(), raced, Creation.EXISTED, SettingsOutcome.NOT_REACHED,
                        null);
            }
            return new DomainOutcome(domain.targetPath(), null, Creation.FAILED, SettingsOutcome.NOT_REACHED,
                    NLS.bind(Messages.StructureReplication_createFailed, domain.targetPath(), e.getMessage()));
        }
    }

    private DomainOutcome settings(PlannedDomain domain, DomainOutcome created) {
        if (domain.settings().isEmpty()) {
            return with(created, SettingsOutcome.NOTHING_TO_COPY, null);
        }
        SettingsScope scope = SettingsScope.domain(created.domainId().longValue());
        try {
            Versioned<Policy> read = target.policy(scope, null);
            PolicySettings own = read.value().settings();
            List<String> changed = new ArrayList<>();
            boolean asPlanned = true;
            PolicySettings next = own;
            for (PlannedSetting setting : domain.settings()) {
                Object now = SettingsComparison.value(own, setting.group());
                asPlanned &= Objects.equals(now, setting.copiedValue());
                if (!Objects.equals(now, setting.copiedValue()) && !Objects.equals(now, setting.targetValue())) {
                    changed.add(setting.group());
                }
                next = PolicyGroups.with(next, setting.group(), setting.copiedValue());
            }
            if (asPlanned) {
                return with(created, SettingsOutcome.ALREADY_AS_PLANNED, null);
            }
            if (!changed.isEmpty()) {
                return with(created, SettingsOutcome.CHANGED_ON_TARGET, NLS.bind(
                        Messages.StructureReplication_changedOnTarget, domain.targetPath(),
                        String.join(", ", changed))); //$NON-NLS-1$
            }
            target.putPolicy(scope, next, read.etag(), null);
            return with(created, SettingsOutcome.WRITTEN, null);
        } catch (VersionConflictException e) {
            return with(created, SettingsOutcome.CHANGED_ON_TARGET,
                    NLS.bind(Messages.StructureReplication_conflict, domain.targetPath()));
        } catch (ServerException e) {
            return with(created, SettingsOutcome.FAILED,
                    NLS.bind(Messages.StructureReplication_writeFailed, domain.targetPath(), e.getMessage()));
        }
    }

    private static DomainOutcome with(DomainOutcome outcome, SettingsOutcome settings, String problem) {
        return new DomainOutcome(outcome.targetPath(), outcome.domainId(), outcome.creation(), settings, problem);
    }

    private String creationKey(int index) {
        return "structure-" + plan.planId() + "-" + index; //$NON-NLS-1$ //$NON-NLS-2$
    }

    private Long find(String path) {
        try {
            return targetPaths.find(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private Long findAfresh(String path) {
        try {
            targetPaths = new DomainPaths(target.domains(null));
        } catch (ServerException e) {
            return null;
        }
        return find(path);
    }

    private static String key(String path) {
        return path == null ? "" : path.toLowerCase(Locale.ROOT); //$NON-NLS-1$
    }
}
