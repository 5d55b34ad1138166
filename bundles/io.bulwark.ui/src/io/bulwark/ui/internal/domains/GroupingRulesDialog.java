package io.bulwark.ui.internal.domains;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;

import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.model.Domain;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.tree.AgentTreeIndex;
import io.bulwark.protocol.admin.GroupingRule;
import io.bulwark.ui.WidgetIds;
import io.bulwark.ui.internal.details.TreePlaces;

/**
 * A server's automatic grouping rules, in the order the server tries them: list, add, edit, remove. Every change is a
 * call on the server in a job; the list is read again after it. Only a root account may change rules; other accounts
 * see them read-only. Failures are shown in the dialog's message area.
 */
final class GroupingRulesDialog extends TitleAreaDialog {

    private final ManagementServer server;
    private final ServerClient client;
    private final UISynchronize sync;
    private final Domain preselected;
    private final boolean editable;
    private TableViewer viewer;
    private Button add;
    private Button edit;
    private Button remove;

    /** A call that changes the rules. */
    @FunctionalInterface
    private interface RuleChange {
        void run(ServerClient client, IProgressMonitor monitor) throws ServerException;
    }

    GroupingRulesDialog(Shell parent, ManagementServer server, ServerClient client, UISynchronize sync,
            Domain preselected) {
        super(parent);
        this.server = server;
        this.client = client;
        this.sync = sync;
        this.preselected = preselected;
        this.editable = DomainTargets.mayEditRules(server);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.GroupingRulesDialog_title, server.getName()));
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(NLS.bind(Messages.GroupingRulesDialog_title, server.getName()));
        setMessage(editable ? Messages.GroupingRulesDialog_message : Messages.GroupingRulesDialog_readOnly);
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        viewer.getTable().setData(WidgetIds.KEY, WidgetIds.GROUPING_RULES_TABLE);
        viewer.getTable().setHeaderVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        column(Messages.GroupingRulesDialog_columnPosition, 70, rule -> String.valueOf(rule.position()));
        column(Messages.GroupingRulesDialog_columnRange, 200, GroupingRule::ipRange);
        column(Messages.GroupingRulesDialog_columnDomain, 200, this::domainName);
        viewer.setInput(List.of());
        GridDataFactory.fillDefaults().grab(true, true).hint(480, 240).applyTo(viewer.getControl());
        Composite buttons = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(buttons);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(buttons);
        add = button(buttons, Messages.GroupingRulesDialog_add, WidgetIds.GROUPING_RULES_ADD, this::addRule);
        edit = button(buttons, Messages.GroupingRulesDialog_edit, WidgetIds.GROUPING_RULES_EDIT, this::editRule);
        remove = button(buttons, Messages.GroupingRulesDialog_remove, WidgetIds.GROUPING_RULES_REMOVE,
                this::removeRule);
        viewer.addSelectionChangedListener(event -> enableButtons());
        viewer.addDoubleClickListener(event -> editRule());
        enableButtons();
        reload();
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    private void column(String name, int width, Function<GroupingRule, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.NONE);
        column.getColumn().setText(name);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((GroupingRule) element);
            }
        });
    }

    private static Button button(Composite parent, String label, String id, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.setData(WidgetIds.KEY, id);
        button.addListener(SWT.Selection, event -> action.run());
        GridDataFactory.fillDefaults().applyTo(button);
        return button;
    }

    private void enableButtons() {
        boolean selected = !viewer.getStructuredSelection().isEmpty();
        add.setEnabled(editable);
        edit.setEnabled(editable && selected);
        remove.setEnabled(editable && selected);
    }

    private String domainName(GroupingRule rule) {
        Domain domain = domain(rule.domainId());
        return domain == null ? String.valueOf(rule.domainId()) : TreePlaces.domainPath(domain);
    }

    private Domain domain(Long id) {
        return id == null || server.getAgentTree() == null
                ? null
                : AgentTreeIndex.of(server.getAgentTree()).domain(id.longValue());
    }

    private List<Domain> domains() {
        List<Domain> all = new ArrayList<>();
        if (server.getAgentTree() != null) {
            server.getAgentTree().eAllContents().forEachRemaining(object -> {
                if (object instanceof Domain domain) {
                    all.add(domain);
                }
            });
        }
        all.sort((a, b) -> TreePlaces.domainPath(a).compareToIgnoreCase(TreePlaces.domainPath(b)));
        return all;
    }

    private void addRule() {
        GroupingRuleDialog dialog = new GroupingRuleDialog(getShell(), Messages.GroupingRulesDialog_addTitle,
                domains(), "", preselected); //$NON-NLS-1$
        if (dialog.open() == Window.OK) {
            String range = dialog.range();
            long domainId = dialog.domain().getId();
            change(NLS.bind(Messages.GroupingRulesDialog_addJob, range, server.getName()),
                    (rules, monitor) -> rules.groupingRules().create(range, domainId, null, monitor));
        }
    }

    private void editRule() {
        GroupingRule rule = (GroupingRule) viewer.getStructuredSelection().getFirstElement();
        if (rule == null || !editable) {
            return;
        }
        GroupingRuleDialog dialog = new GroupingRuleDialog(getShell(), Messages.GroupingRulesDialog_editTitle,
                domains(), rule.ipRange(), domain(rule.domainId()));
        if (dialog.open() == Window.OK) {
            GroupingRule changed = new GroupingRule(rule.id(), dialog.range(), Long.valueOf(dialog.domain().getId()),
                    rule.position());
            change(NLS.bind(Messages.GroupingRulesDialog_editJob, rule.ipRange(), server.getName()),
                    (rules, monitor) -> rules.groupingRules().update(changed, monitor));
        }
    }

    private void removeRule() {
        GroupingRule rule = (GroupingRule) viewer.getStructuredSelection().getFirstElement();
        if (rule != null) {
            change(NLS.bind(Messages.GroupingRulesDialog_removeJob, rule.ipRange(), server.getName()),
                    (rules, monitor) -> rules.groupingRules().delete(rule.id().longValue(), monitor));
        }
    }

    private void reload() {
        change(NLS.bind(Messages.GroupingRulesDialog_loadJob, server.getName()), null);
    }

    /** Runs a change (or none) and reads the rules again, in a job; shows the result or the failure here. */
    private void change(String name, RuleChange change) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(monitor, name, 2);
                try {
                    if (change != null) {
                        change.run(client, progress.split(1));
                    }
                    List<GroupingRule> rules = client.groupingRules().list(progress.split(1));
                    sync.asyncExec(() -> show(rules, null));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (ServerException | RuntimeException e) {
                    String message = NLS.bind(Messages.GroupingRulesDialog_failed, name, e.getMessage());
                    ILog.of(GroupingRulesDialog.class).warn(message, e);
                    sync.asyncExec(() -> show(null, message));
                    return Status.warning(message, e);
                }
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == ServerCallJob.FAMILY;
            }
        };
        job.setUser(false);
        job.schedule();
    }

    private void show(List<GroupingRule> rules, String failure) {
        if (viewer == null || viewer.getControl().isDisposed()) {
            return;
        }
        if (rules != null) {
            viewer.setInput(rules);
        }
        setErrorMessage(failure);
        enableButtons();
    }
}
