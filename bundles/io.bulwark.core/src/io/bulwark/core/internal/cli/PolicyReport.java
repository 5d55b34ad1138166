package io.bulwark.core.internal.cli;

import java.io.PrintStream;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.bulwark.core.internal.policy.SettingsJson;
import io.bulwark.core.policy.ApplyPreview;
import io.bulwark.core.policy.ApplyResult;
import io.bulwark.core.policy.ScopeDiff;
import io.bulwark.core.policy.ScopePolicy;
import io.bulwark.core.policy.ServerDiff;
import io.bulwark.core.policy.WorkspaceScope;
import io.bulwark.model.merge.SettingChange;
import io.bulwark.model.merge.SettingConflict;

/**
 * Prints what {@code bulwark policy} found and did, one setting per line: {@code +} only in the workspace (added),
 * {@code -} only on the server (removed by the workspace), {@code ~} changed, with the values as compact JSON.
 */
final class PolicyReport {

    private final PrintStream out;

    PolicyReport(PrintStream out) {
        this.out = out;
    }

    void pulled(List<ScopePolicy> copies, String workspace) {
        out.println(NLS.bind(Messages.PolicyReport_pulled, Integer.valueOf(copies.size()), workspace));
        for (ScopePolicy copy : copies) {
            out.println(NLS.bind(Messages.PolicyReport_pulledScope, copy.target(),
                    Long.valueOf(copy.base().version())));
        }
    }

    void diff(ServerDiff diff) {
        for (ScopeDiff scope : diff.scopes()) {
            diff(scope);
        }
        for (WorkspaceScope scope : diff.onlyOnServer()) {
            out.println(NLS.bind(Messages.PolicyReport_onlyOnServer, diff.server(), scope));
        }
        for (WorkspaceScope scope : diff.onlyInWorkspace()) {
            out.println(NLS.bind(Messages.PolicyReport_onlyInWorkspace, diff.server(), scope));
        }
    }

    void diff(ScopeDiff diff) {
        String versions = diff.baseVersion() < 0
                ? NLS.bind(Messages.PolicyReport_neverApplied, Long.valueOf(diff.serverVersion()))
                : NLS.bind(diff.serverChangedSinceBase()
                        ? Messages.PolicyReport_serverChanged
                        : Messages.PolicyReport_serverUnchanged, Long.valueOf(diff.baseVersion()),
                        Long.valueOf(diff.serverVersion()));
        out.println(NLS.bind(Messages.PolicyReport_scope, diff.target(), versions));
        if (diff.changes().isEmpty()) {
            out.println(Messages.PolicyReport_same);
        }
        for (SettingChange change : diff.changes()) {
            out.println("  " + change(change)); //$NON-NLS-1$
        }
    }

    void preview(ApplyPreview preview) {
        String title = preview.template() == null
                ? NLS.bind(Messages.PolicyReport_planCopy, preview.target(), Long.valueOf(preview.serverVersion()))
                : NLS.bind(Messages.PolicyReport_planTemplate, new Object[]{preview.template(), preview.target(),
                        Long.valueOf(preview.serverVersion())});
        out.println(title);
        if (preview.firstApply()) {
            out.println(Messages.PolicyReport_firstApply);
        } else {
            out.println(NLS.bind(Messages.PolicyReport_base, Long.valueOf(preview.base().version())));
        }
        if (preview.nothingToApply()) {
            out.println(Messages.PolicyReport_nothingToApply);
        }
        for (SettingChange change : preview.changes()) {
            out.println(NLS.bind(Messages.PolicyReport_write, change(change)));
        }
        for (SettingChange change : preview.kept()) {
            out.println(NLS.bind(Messages.PolicyReport_keep, change(change)));
        }
        for (SettingConflict conflict : preview.conflicts()) {
            boolean group = conflict.path().isGroup();
            out.println(NLS.bind(Messages.PolicyReport_conflict, new Object[]{conflict.path(),
                    SettingsJson.text(conflict.base(), group), SettingsJson.text(conflict.theirs(), group),
                    SettingsJson.text(conflict.yours(), group)}));
        }
        for (String problem : preview.problems()) {
            out.println(NLS.bind(Messages.PolicyReport_problem, problem));
        }
    }

    void result(ApplyResult result) {
        String line = switch (result.outcome()) {
            case WRITTEN -> NLS.bind(Messages.PolicyReport_written, result.target(), Long.valueOf(result.version()));
            case UNCHANGED -> NLS.bind(Messages.PolicyReport_unchanged, result.target(),
                    Long.valueOf(result.version()));
            default -> NLS.bind(Messages.PolicyReport_notWritten, result.target(), result.message());
        };
        out.println(line);
        if (result.succeeded() && result.message() != null) {
            out.println("  " + result.message()); //$NON-NLS-1$
        }
    }

    private static String change(SettingChange change) {
        boolean group = change.path().isGroup();
        return switch (change.kind()) {
            case ADDED -> "+ " + change.path() + ": " + SettingsJson.text(change.after(), group); //$NON-NLS-1$ //$NON-NLS-2$
            case REMOVED -> "- " + change.path() + ": " + SettingsJson.text(change.before(), group); //$NON-NLS-1$ //$NON-NLS-2$
            case CHANGED -> "~ " + change.path() + ": " + SettingsJson.text(change.before(), group) + " -> " //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    + SettingsJson.text(change.after(), group);
        };
    }
}
