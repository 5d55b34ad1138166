package io.bulwark.core.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ForbiddenException;
import io.bulwark.client.InvalidRequestException;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.client.VersionConflictException;
import io.bulwark.core.internal.policy.Messages;
import io.bulwark.core.internal.policy.ServerScopes;
import io.bulwark.core.internal.policy.SettingsRules;
import io.bulwark.core.internal.policy.TemplateSettings;
import io.bulwark.model.merge.MergeResult;
import io.bulwark.model.merge.MergeSide;
import io.bulwark.model.merge.PolicyMerge;
import io.bulwark.model.merge.SettingConflict;
import io.bulwark.model.merge.SettingPath;
import io.bulwark.model.settings.Policy;

/**
 * Applies the workspace to servers safely: {@link #preview} merges base, workspace and the server's current settings
 * and writes nothing; {@link #apply} writes the merged settings of one target with {@code If-Match} on the version the
 * preview saw, so that a change someone made in between sends the administrator back to the merge instead of being
 * overwritten. After a successful write the workspace's base for the target becomes what the server stored.
 */
public final class PolicyApply {

    private final PolicyWorkspace workspace;

    /**
     * @param workspace
     *            the workspace
     */
    public PolicyApply(PolicyWorkspace workspace) {
        this.workspace = Objects.requireNonNull(workspace, "workspace"); //$NON-NLS-1$
    }

    /**
     * Previews applying the workspace's copy of a scope to its server.
     *
     * @param target
     *            a scope the workspace holds a copy of
     * @param client
     *            a client of the target's server
     * @param monitor
     *            reports progress and cancels, or {@code null}
     * @return the preview, for the target as the copy names it
     * @throws PolicyFileException
     *             if there is no copy or it cannot be read
     * @throws PolicyException
     *             if the server has no such scope
     * @throws ServerException
     *             if the server cannot be read
     */
    public ApplyPreview preview(PolicyTarget target, ServerClient client, IProgressMonitor monitor)
            throws PolicyFileException, PolicyException, ServerException {
        requireServer(target, client);
        ScopePolicy copy = workspace.read(target);
        PolicyBase current = new ServerScopes(client).read(copy.target().scope(), monitor);
        return preview(copy.target(), null, copy.settings(), copy.base(), copy.settings(), current);
    }

    /**
     * Previews applying a template to one target: its groups replace the target's, merged against the base of the
     * template's last apply there; without one (the first apply), a full comparison with the target.
     *
     * @param name
     *            the template's name
     * @param target
     *            a server and scope
     * @param client
     *            a client of the target's server
     * @param monitor
     *            reports progress and cancels, or {@code null}
     * @return the preview, for the target with the server's names of domains
     * @throws PolicyFileException
     *             if there is no such template or it cannot be read
     * @throws PolicyException
     *             if the server has no such scope
     * @throws ServerException
     *             if the server cannot be read
     */
    public ApplyPreview previewTemplate(String name, PolicyTarget target, ServerClient client,
            IProgressMonitor monitor) throws PolicyFileException, PolicyException, ServerException {
        requireServer(target, client);
        PolicyTemplate template = workspace.readTemplate(name);
        SubMonitor progress = SubMonitor.convert(monitor, 2);
        ServerScopes server = new ServerScopes(client);
        PolicyTarget found = new PolicyTarget(target.server(), server.canonical(target.scope(), progress.split(1)));
        PolicyBase current = server.read(found.scope(), progress.split(1));
        PolicyBase base = template.bases().get(found);
        Policy yours = TemplateSettings.onto(template.settings(),
                base == null ? current.settings() : base.settings());
        return preview(found, template.name(), template.settings(), base, yours, current);
    }

    private static ApplyPreview preview(PolicyTarget target, String template, Policy source, PolicyBase base,
            Policy yours, PolicyBase current) {
        MergeResult merge = PolicyMerge.merge(base == null ? current.settings() : base.settings(), yours,
                current.settings());
        List<String> problems = merge.hasConflicts() ? List.of() : problems(merge.merged(), target);
        return new ApplyPreview(target, template, EcoreUtil.copy(source), base, current.version(), merge, problems);
    }

    /**
     * Writes one previewed target, if nothing changed since the preview on either side, and records the new base in the
     * workspace.
     *
     * @param preview
     *            the target's preview
     * @param choices
     *            the side each conflict of the preview takes, by path; others are ignored
     * @param client
     *            a client of the target's server
     * @param monitor
     *            reports progress and cancels, or {@code null}
     * @return what happened; nothing was written unless {@link ApplyResult#outcome()} is
     *         {@link ApplyResult.Outcome#WRITTEN}
     * @throws PolicyFileException
     *             if the workspace's settings can no longer be read; nothing was written
     * @throws PolicyException
     *             if the server no longer has the scope; nothing was written
     * @throws ServerException
     *             if the server cannot be reached; nothing was written, or (a lost reply) the next preview finds the
     *             change on both sides and nothing to do
     */
    public ApplyResult apply(ApplyPreview preview, Map<SettingPath, MergeSide> choices, ServerClient client,
            IProgressMonitor monitor) throws PolicyFileException, PolicyException, ServerException {
        PolicyTarget target = preview.target();
        requireServer(target, client);
        List<String> unresolved = new ArrayList<>();
        for (SettingConflict conflict : preview.conflicts()) {
            if (!choices.containsKey(conflict.path())) {
                unresolved.add(conflict.path().toString());
            }
        }
        if (!unresolved.isEmpty()) {
            return refused(preview, ApplyResult.Outcome.CONFLICTS,
                    NLS.bind(Messages.PolicyApply_unresolved, String.join(", ", unresolved))); //$NON-NLS-1$
        }
        if (!PolicyMerge.same(source(preview), preview.source())) {
            return refused(preview, ApplyResult.Outcome.WORKSPACE_CHANGED,
                    NLS.bind(Messages.PolicyApply_workspaceChanged, target));
        }
        Policy merged = preview.merge().merged(choices);
        List<String> problems = problems(merged, target);
        if (!problems.isEmpty()) {
            return refused(preview, ApplyResult.Outcome.REFUSED, String.join("; ", problems)); //$NON-NLS-1$
        }
        Policy theirs = preview.merge().theirs();
        if (PolicyMerge.same(merged, theirs)) {
            theirs.setScope(target.scope().policyScope());
            return record(preview, new PolicyBase(preview.serverVersion(), theirs), ApplyResult.Outcome.UNCHANGED);
        }
        PolicyBase stored;
        try {
            stored = new ServerScopes(client).write(target.scope(), merged, preview.serverVersion(), monitor);
        } catch (VersionConflictException e) {
            return refused(preview, ApplyResult.Outcome.CHANGED_MEANWHILE,
                    NLS.bind(Messages.PolicyApply_changedMeanwhile, target));
        } catch (InvalidRequestException | ForbiddenException e) {
            return refused(preview, ApplyResult.Outcome.REFUSED, e.getMessage());
        }
        return record(preview, stored, ApplyResult.Outcome.WRITTEN);
    }

    private Policy source(ApplyPreview preview) throws PolicyFileException {
        return preview.template() == null
                ? workspace.read(preview.target()).settings()
                : workspace.readTemplate(preview.template()).settings();
    }

    private ApplyResult record(ApplyPreview preview, PolicyBase stored, ApplyResult.Outcome outcome) {
        PolicyTarget target = preview.target();
        try {
            if (preview.template() == null) {
                workspace.save(new ScopePolicy(target, stored, EcoreUtil.copy(stored.settings())));
            } else {
                workspace.save(workspace.readTemplate(preview.template()).withBase(target, stored));
            }
        } catch (PolicyFileException e) {
            return new ApplyResult(target, outcome, stored.version(),
                    NLS.bind(Messages.PolicyApply_baseNotRecorded, e.getMessage()));
        }
        return new ApplyResult(target, outcome, stored.version(), null);
    }

    private static ApplyResult refused(ApplyPreview preview, ApplyResult.Outcome outcome, String message) {
        return new ApplyResult(preview.target(), outcome, preview.serverVersion(), message);
    }

    private static List<String> problems(Policy merged, PolicyTarget target) {
        Policy checked = EcoreUtil.copy(merged);
        checked.setScope(target.scope().policyScope());
        List<String> problems = new ArrayList<>();
        for (Diagnostic error : SettingsRules.errors(checked)) {
            problems.add(error.getMessage());
        }
        return problems;
    }

    private static void requireServer(PolicyTarget target, ServerClient client) {
        if (!new PolicyTarget(client.address(), target.scope()).equals(target)) {
            throw new IllegalArgumentException(target + " is not on " + client.address()); //$NON-NLS-1$
        }
    }
}
