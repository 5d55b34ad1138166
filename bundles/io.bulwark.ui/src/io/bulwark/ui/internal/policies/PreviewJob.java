package io.bulwark.ui.internal.policies;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerException;
import io.bulwark.core.policy.ApplyPreview;
import io.bulwark.core.policy.PolicyException;
import io.bulwark.core.policy.PolicyFileException;
import io.bulwark.core.policy.PolicyTarget;

/**
 * Previews applying workspace copies to their server, or a template to its targets: reads the server's current settings
 * of each target and merges them with the copy or the template and its base there (a template's first apply to a target
 * compares in full); writes nothing. Then opens the merge dialog on the UI thread.
 */
final class PreviewJob extends Job {

    private final ApplySession session;
    private final List<PolicyTarget> targets;
    private final String note;

    /**
     * @param note
     *            why the preview is shown again (the server changed after the last one), or {@code null}
     */
    PreviewJob(ApplySession session, List<PolicyTarget> targets, String note) {
        super(NLS.bind(Messages.PreviewJob_name, session.title()));
        this.session = session;
        this.targets = List.copyOf(targets);
        this.note = note;
        setUser(true);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, targets.size());
        List<ApplyPreview> previews = new ArrayList<>();
        PolicyTarget current = null;
        try {
            for (PolicyTarget target : targets) {
                current = target;
                previews.add(session.template() == null
                        ? session.apply().preview(target, session.client(target), progress.split(1))
                        : session.apply().previewTemplate(session.template(), target, session.client(target),
                                progress.split(1)));
            }
        } catch (PolicyException | PolicyFileException | ServerException e) {
            String message = NLS.bind(Messages.PreviewJob_failed,
                    new Object[]{session.title(), session.label(current), e.getMessage()});
            session.sync().asyncExec(() -> Dialogs.error(session.shell(), Messages.ApplyJob_failedTitle, message));
            return Status.error(message, e);
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        }
        session.sync().asyncExec(() -> review(previews));
        return Status.OK_STATUS;
    }

    private void review(List<ApplyPreview> previews) {
        if (session.shell().isDisposed()) {
            return;
        }
        MergeDialog dialog = new MergeDialog(session, previews, note);
        if (dialog.open() == MergeDialog.OK) {
            new ApplyJob(session, previews, dialog.choices()).schedule();
        }
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == ApplySession.FAMILY;
    }
}
