package io.bulwark.ui.internal.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerException;
import io.bulwark.core.policy.ApplyPreview;
import io.bulwark.core.policy.ApplyResult;
import io.bulwark.core.policy.PolicyException;
import io.bulwark.core.policy.PolicyFileException;
import io.bulwark.core.policy.PolicyTarget;
import io.bulwark.model.merge.MergeSide;
import io.bulwark.model.merge.SettingPath;
import io.bulwark.ui.internal.settings.OfflineSettingsEditors;

/**
 * Writes the previewed targets with the administrator's choices, each with {@code If-Match} on the version its preview
 * saw, and reports the result per target; each target written from a template keeps its new base in the template. A
 * target someone changed meanwhile (or whose copy was edited) is not written and goes back to a new preview and the
 * merge dialog.
 */
final class ApplyJob extends Job {

    private final ApplySession session;
    private final List<ApplyPreview> previews;
    private final List<Map<SettingPath, MergeSide>> choices;

    ApplyJob(ApplySession session, List<ApplyPreview> previews, List<Map<SettingPath, MergeSide>> choices) {
        super(NLS.bind(Messages.ApplyJob_name, session.title()));
        this.session = session;
        this.previews = List.copyOf(previews);
        this.choices = List.copyOf(choices);
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, previews.size());
        List<String> lines = new ArrayList<>();
        List<PolicyTarget> again = new ArrayList<>();
        try {
            for (int index = 0; index < previews.size(); index++) {
                ApplyPreview preview = previews.get(index);
                ApplyResult result = session.apply().apply(preview, choices.get(index),
                        session.client(preview.target()),
                        progress.split(1));
                session.events().post(OfflineSettingsEditors.WORKSPACE_CHANGED_TOPIC, preview.target());
                lines.add(line(result));
                if (result.outcome() == ApplyResult.Outcome.CHANGED_MEANWHILE
                        || result.outcome() == ApplyResult.Outcome.WORKSPACE_CHANGED) {
                    again.add(preview.target());
                }
            }
        } catch (PolicyException | PolicyFileException | ServerException e) {
            lines.add(NLS.bind(Messages.ApplyJob_stopped, e.getMessage()));
            report(lines, List.of(), true);
            return Status.error(String.join("\n", lines), e); //$NON-NLS-1$
        } catch (OperationCanceledException e) {
            lines.add(Messages.ApplyJob_cancelled);
            report(lines, List.of(), true);
            return Status.CANCEL_STATUS;
        }
        report(lines, again, !again.isEmpty());
        return Status.OK_STATUS;
    }

    private void report(List<String> lines, List<PolicyTarget> again, boolean problem) {
        String message = NLS.bind(Messages.ApplyJob_report, session.title(), String.join("\n", lines)); //$NON-NLS-1$
        session.sync().asyncExec(() -> {
            if (session.shell().isDisposed()) {
                return;
            }
            if (!again.isEmpty()) {
                new PreviewJob(session, again, message).schedule();
            } else if (problem) {
                MessageDialog.openError(session.shell(), Messages.ApplyJob_failedTitle, message);
            } else {
                MessageDialog.openInformation(session.shell(), Messages.ApplyJob_doneTitle, message);
            }
        });
    }

    private String line(ApplyResult result) {
        String scope = session.label(result.target());
        return switch (result.outcome()) {
            case WRITTEN -> NLS.bind(Messages.ApplyJob_written, scope, Long.valueOf(result.version()));
            case UNCHANGED -> NLS.bind(Messages.ApplyJob_unchanged, scope);
            default -> NLS.bind(Messages.ApplyJob_notWritten, scope, result.message());
        };
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == ApplySession.FAMILY;
    }
}
