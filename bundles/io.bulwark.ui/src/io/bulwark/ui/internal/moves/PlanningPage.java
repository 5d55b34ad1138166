package io.bulwark.ui.internal.moves;

import java.util.function.Function;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;

import io.bulwark.client.ServerClient;

/**
 * A wizard page that plans in a background job each time it is shown, from what the first page chose: the move
 * ({@link PlanPage}) or the campaign of waves ({@link CampaignPage}). Leaving the page stops planning and drops what
 * was planned; a plan that comes back after that, or after planning started again, is stale and handed to
 * {@link #stale(Object)} instead of shown.
 *
 * @param <T>
 *            what planning gives
 */
abstract class PlanningPage<T> extends WizardPage {

    /** What the first page chose. */
    protected final MoveChoice choice;

    /** The console's servers, jobs and files. */
    protected final MoveContext context;

    /** The page's planning progress, with Stop and Plan Again; made by {@link #createControl} of the subclass. */
    protected PageProgress progress;

    private int generation;

    /**
     * @param name
     *            the page's name in the wizard
     * @param choice
     *            what the first page chose
     * @param context
     *            the console's servers, jobs and files
     */
    PlanningPage(String name, MoveChoice choice, MoveContext context) {
        super(name);
        this.choice = choice;
        this.context = context;
        setPageComplete(false);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            plan();
        } else {
            drop();
        }
    }

    /** Plans again, in the background, after dropping what was planned. */
    final void plan() {
        drop();
        ServerClient source = context.servers().client(choice.source());
        ServerClient target = choice.target() == null ? null : context.servers().client(choice.target());
        if (source == null || target == null) {
            progress.idle(Messages.PlanPage_notConnected, Messages.PlanPage_planAgain, this::plan);
            setErrorMessage(Messages.PlanPage_notConnected);
            return;
        }
        MoveCall.Work<T> work = planning(source, target);
        if (work == null) {
            return;
        }
        int mine = ++generation;
        setErrorMessage(null);
        setMessage(null);
        progress.start(new MoveCall<>(planningName(), work, context.sync(), result -> {
            if (isCurrent(mine)) {
                planned(result);
            } else {
                stale(result);
            }
        }, failure -> {
            if (isCurrent(mine)) {
                notPlanned(failure);
            }
        }).showingProgressIn(progress));
        refresh();
    }

    private boolean isCurrent(int planning) {
        return planning == generation && !isClosed() && !getControl().isDisposed();
    }

    /**
     * @param source
     *            the source server, connected
     * @param target
     *            the target server, connected
     * @return the planning work, or {@code null} if the choice cannot be planned (the page says why)
     */
    protected abstract MoveCall.Work<T> planning(ServerClient source, ServerClient target);

    /** @return the planning job's name */
    protected abstract String planningName();

    /** Shows whether the page is ready, after planning started, ended or failed. */
    protected abstract void refresh();

    /**
     * Shows what was planned, on the UI thread.
     *
     * @param result
     *            the plan of the planning running last
     */
    protected abstract void planned(T result);

    /**
     * A plan that came back after it was no longer wanted.
     *
     * @param result
     *            the plan
     */
    protected void stale(T result) {
        // nothing to give back by default
    }

    /** @return whether the page will show nothing more: its wizard closes */
    protected boolean isClosed() {
        return false;
    }

    private void notPlanned(String failure) {
        progress.idle(failure == null ? Messages.PlanPage_stopped : Messages.PlanPage_failed,
                Messages.PlanPage_planAgain, this::plan);
        if (failure != null) {
            setErrorMessage(failure);
        }
        refresh();
    }

    /** Stops planning and forgets the plan shown; a plan still coming is stale. */
    protected void drop() {
        generation++;
        if (progress != null) {
            progress.stop();
            progress.idle("", null, null); //$NON-NLS-1$
        }
        setPageComplete(false);
    }

    /**
     * Adds a text column to a table of planned rows.
     *
     * @param <E>
     *            the rows' type
     * @param table
     *            the table
     * @param title
     *            the column's title
     * @param width
     *            its width
     * @param text
     *            a row's text in it; {@code null} shows nothing
     */
    static <E> void column(TableViewer table, String title, int width, Function<E, String> text) {
        TableViewerColumn column = new TableViewerColumn(table, SWT.NONE);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @SuppressWarnings("unchecked")
            @Override
            public String getText(Object element) {
                String value = text.apply((E) element);
                return value == null ? "" : value; //$NON-NLS-1$
            }
        });
    }
}
