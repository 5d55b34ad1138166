package io.bulwark.core.move;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.internal.move.DomainPaths;
import io.bulwark.core.internal.move.Messages;
import io.bulwark.core.internal.move.SettingsComparison;
import io.bulwark.core.internal.move.StructureWriter;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.settings.EffectiveSettings;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.Privileges;
import io.bulwark.protocol.settings.SettingsScope;

/**
 * Replicates a source server's domain structure and settings on a target before agents move there, as the original
 * procedure asks (DOMAIN §5): {@link #plan(StructureRequest, IProgressMonitor)} reads both servers and writes nothing;
 * {@link #apply(StructurePlan, IProgressMonitor)} creates the missing domains and writes the copied groups.
 * <p>
 * The copy keeps what the agents have in effect: a group a source domain sets itself is set at the target domain; a
 * group it inherits stays inherited where the target would give the same value, and is set at the target domain where
 * it would not (typically at the top of the copied structure, whose parent differs between the servers). Target domains
 * are matched by path with names ignoring case, as the server matches them.
 */
public final class StructureReplication {

    private final ServerClient source;
    private final ServerClient target;
    private final Clock clock;

    /**
     * @param source
     *            the server whose structure is copied
     * @param target
     *            the server it is copied to, logged in as an account that may create domains and change policies
     */
    public StructureReplication(ServerClient source, ServerClient target) {
        this(source, target, Clock.systemUTC());
    }

    /**
     * @param source
     *            the server whose structure is copied
     * @param target
     *            the server it is copied to
     * @param clock
     *            the time of planning
     */
    public StructureReplication(ServerClient source, ServerClient target, Clock clock) {
        this.source = Objects.requireNonNull(source, "source"); //$NON-NLS-1$
        this.target = Objects.requireNonNull(target, "target"); //$NON-NLS-1$
        this.clock = Objects.requireNonNull(clock, "clock"); //$NON-NLS-1$
    }

    /**
     * Works out what to create and copy. Reads both servers; writes nothing.
     *
     * @param request
     *            which source domains, under which target domain, which settings
     * @param monitor
     *            reports progress and cancels, or {@code null}
     * @return the plan
     * @throws MoveException
     *             if a source domain or the target parent does not exist
     * @throws ServerException
     *             if a server cannot be read
     */
    public StructurePlan plan(StructureRequest request, IProgressMonitor monitor)
            throws MoveException, ServerException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.StructureReplication_planTask, 10);
        List<Domain> sourceDomains = source.domains(progress.split(1));
        DomainPaths sourcePaths = new DomainPaths(sourceDomains);
        DomainPaths targetPaths = new DomainPaths(target.domains(progress.split(1)));
        Long parentId;
        try {
            parentId = targetPaths.find(request.targetParentPath());
        } catch (IllegalArgumentException e) {
            throw new MoveException(NLS.bind(Messages.StructureReplication_targetParentUnknown, e.getMessage(),
                    target.address()));
        }
        String parentPath = targetPaths.path(parentId);
        List<Domain> chosen = chosen(request, sourceDomains, sourcePaths);
        PolicySettings parentSettings = target.effectiveSettings(scope(parentId), progress.split(1)).settings();

        List<String> groups = request.groups();
        Map<Long, Map<String, Object>> results = new HashMap<>();
        List<PlannedDomain> planned = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        SubMonitor perDomain = SubMonitor.convert(progress.split(7), chosen.size());
        for (Domain domain : chosen) {
            SubMonitor step = perDomain.split(1).setWorkRemaining(2);
            String sourcePath = sourcePaths.path(Long.valueOf(domain.id()));
            String targetPath = parentPath.isEmpty() ? sourcePath : parentPath + DomainPaths.SEPARATOR + sourcePath;
            Long targetId = find(targetPaths, targetPath);
            EffectiveSettings sourceSettings = source.effectiveSettings(SettingsScope.domain(domain.id()),
                    step.split(1));
            PolicySettings targetOwn = targetId == null
                    ? null
                    : target.policy(scope(targetId), step.split(1)).value().settings();
            Map<String, Object> above = domain.parentId() == null ? null : results.get(domain.parentId());
            Map<String, Object> result = new HashMap<>();
            List<PlannedSetting> settings = new ArrayList<>();
            for (String group : groups) {
                Object inherited = above == null ? SettingsComparison.value(parentSettings, group) : above.get(group);
                Object wanted = SettingsComparison.value(sourceSettings.settings(), group);
                boolean setsItself = setsItself(sourceSettings, group, domain.id());
                Object copied = setsItself || !Objects.equals(inherited, wanted) ? wanted : null;
                Object current = SettingsComparison.value(targetOwn, group);
                if (copied instanceof Privileges privileges && privileges.unloadPassword() != null
                        && Boolean.TRUE.equals(privileges.unloadPassword().set())) {
                    notes.add(NLS.bind(Messages.StructureReplication_passwordNotCopied, targetPath));
                    copied = current;
                }
                if (!Objects.equals(copied, current)) {
                    settings.add(new PlannedSetting(group, current, copied));
                }
                result.put(group, copied != null ? copied : inherited);
            }
            results.put(Long.valueOf(domain.id()), result);
            planned.add(new PlannedDomain(sourcePath, targetPath, targetId, settings));
        }
        return new StructurePlan(UUID.randomUUID(), clock.instant(), parentPath, groups, planned, notes);
    }

    /**
     * Creates the plan's missing domains and writes the copied settings groups, domain by domain in the plan's order.
     * Creations are idempotent by the plan's id, and a domain present by now is used as it is, so applying a plan again
     * (e.g. after a crash) creates nothing twice. A domain's settings are written only if its copied groups still hold
     * what they held at planning, with {@code If-Match} on the version read just before: a change by someone else is
     * reported as {@link DomainOutcome.SettingsOutcome#CHANGED_ON_TARGET}, never overwritten. A domain the target
     * refuses to create stops the work; the result says what was done until then.
     *
     * @param plan
     *            a plan from {@link #plan(StructureRequest, IProgressMonitor)}
     * @param monitor
     *            reports progress and cancels (between two requests), or {@code null}
     * @return what was done per domain
     * @throws MoveException
     *             if the target parent no longer exists (nothing was written)
     * @throws ServerException
     *             if the target's domains cannot be read (nothing was written)
     */
    public StructureResult apply(StructurePlan plan, IProgressMonitor monitor) throws MoveException, ServerException {
        SubMonitor progress = SubMonitor.convert(monitor,
                NLS.bind(Messages.StructureReplication_applyTask, target.address()), 1 + plan.domains().size());
        DomainPaths targetPaths = new DomainPaths(target.domains(progress.split(1)));
        Long parentId;
        try {
            parentId = targetPaths.find(plan.targetParentPath());
        } catch (IllegalArgumentException e) {
            throw new MoveException(NLS.bind(Messages.StructureReplication_targetParentUnknown, e.getMessage(),
                    target.address()));
        }
        return new StructureWriter(target, plan, targetPaths, parentId).write(progress.split(plan.domains().size()));
    }

    private static List<Domain> chosen(StructureRequest request, List<Domain> domains, DomainPaths paths)
            throws MoveException {
        Map<Long, Domain> byId = new HashMap<>();
        for (Domain domain : domains) {
            byId.put(Long.valueOf(domain.id()), domain);
        }
        Set<Long> chosen = new LinkedHashSet<>();
        if (request.sourceDomainPaths() == null) {
            chosen.addAll(byId.keySet());
        } else {
            for (String path : request.sourceDomainPaths()) {
                Long id;
                try {
                    id = paths.find(path);
                } catch (IllegalArgumentException e) {
                    throw new MoveException(NLS.bind(Messages.StructureReplication_sourceDomainUnknown, path));
                }
                for (Domain domain = id == null ? null : byId.get(id); domain != null
                        && chosen.add(Long.valueOf(domain.id())); domain = byId.get(domain.parentId())) {
                    // the domain and those above it
                }
            }
        }
        List<Domain> ordered = new ArrayList<>();
        preOrder(null, byId, chosen, ordered);
        return ordered;
    }

    /** Parents before children, siblings by name: the order in which the domains can be created. */
    private static void preOrder(Long parent, Map<Long, Domain> byId, Set<Long> chosen, List<Domain> ordered) {
        List<Domain> children = byId.values().stream()
                .filter(domain -> Objects.equals(domain.parentId(), parent) && chosen.contains(domain.id()))
                .sorted(Comparator.comparing((Domain domain) -> domain.name().toLowerCase(Locale.ROOT))).toList();
        for (Domain child : children) {
            ordered.add(child);
            preOrder(Long.valueOf(child.id()), byId, chosen, ordered);
        }
    }

    private static boolean setsItself(EffectiveSettings settings, String group, long domainId) {
        SettingsScope origin = settings.origins().get(group);
        return origin != null && SettingsScope.DOMAIN.equals(origin.kind()) && origin.domainId() != null
                && origin.domainId().longValue() == domainId;
    }

    private static Long find(DomainPaths paths, String path) {
        try {
            return paths.find(path);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static SettingsScope scope(Long domainId) {
        return domainId == null ? SettingsScope.root() : SettingsScope.domain(domainId.longValue());
    }
}
