package io.bulwark.ui.internal.policies;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.core.policy.PolicyTarget;
import io.bulwark.core.policy.WorkspaceScope;
import io.bulwark.ui.PolicyWidgetIds;
import io.bulwark.ui.WidgetIds;

/**
 * Asks where to apply a template: the servers the console is connected to, each with its root and every domain, any
 * number of them chosen at once. The targets of the template's earlier applies are chosen at first, so that applying an
 * edited template again reaches them all. Nothing is read from a server here; the scopes come from the console's model.
 */
final class TemplateTargetsDialog extends Dialog {

    /**
     * A connected server and the scopes a template may be applied to there.
     *
     * @param name
     *            its name in the console
     * @param address
     *            its address
     * @param client
     *            the client of the console's connection to it
     * @param scopes
     *            the root, then its domains, parents before their subdomains
     */
    record ConnectedServer(String name, ServerAddress address, ServerClient client, List<WorkspaceScope> scopes) {

        ConnectedServer {
            scopes = List.copyOf(scopes);
        }
    }

    private final String template;
    private final List<ConnectedServer> servers;
    private final List<PolicyTarget> earlier;
    private final List<PolicyTarget> chosen = new ArrayList<>();
    private Tree tree;
    private Label summary;

    /**
     * @param template
     *            the template's name
     * @param servers
     *            the connected servers
     * @param earlier
     *            the targets of the template's earlier applies, chosen at first when they are listed
     */
    TemplateTargetsDialog(Shell parent, String template, List<ConnectedServer> servers, List<PolicyTarget> earlier) {
        super(parent);
        this.template = template;
        this.servers = List.copyOf(servers);
        this.earlier = List.copyOf(earlier);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    /** @return the targets chosen, in the order listed */
    List<PolicyTarget> targets() {
        return chosen;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(NLS.bind(Messages.TemplateTargetsDialog_title, template));
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(NLS.bind(Messages.TemplateTargetsDialog_intro, template));
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(intro);
        tree = new Tree(area, SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        tree.setData(WidgetIds.KEY, PolicyWidgetIds.POLICIES_TARGETS_TREE);
        GridDataFactory.fillDefaults().grab(true, true).hint(520, 280).applyTo(tree);
        List<TreeItem> preselected = new ArrayList<>();
        int listedEarlier = 0;
        for (ConnectedServer server : servers) {
            TreeItem serverItem = new TreeItem(tree, SWT.NONE);
            serverItem.setText(NLS.bind(Messages.PolicyWorkspacePart_server, server.name(), server.address()));
            for (WorkspaceScope scope : server.scopes()) {
                PolicyTarget target = new PolicyTarget(server.address(), scope);
                TreeItem item = new TreeItem(serverItem, SWT.NONE);
                item.setText(WorkspaceContents.scopeName(scope));
                item.setData(target);
                if (earlier.contains(target)) {
                    preselected.add(item);
                    listedEarlier++;
                }
            }
            serverItem.setExpanded(true);
        }
        tree.setSelection(preselected.toArray(TreeItem[]::new));
        tree.addListener(SWT.Selection, event -> update());
        summary = new Label(area, SWT.WRAP);
        summary.setData(WidgetIds.KEY, PolicyWidgetIds.POLICIES_TARGETS_SUMMARY);
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(summary);
        if (listedEarlier < earlier.size()) {
            Label unlisted = new Label(area, SWT.WRAP);
            unlisted.setText(NLS.bind(Messages.TemplateTargetsDialog_unlisted,
                    Integer.valueOf(earlier.size() - listedEarlier)));
            GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(unlisted);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        Button preview = createButton(parent, IDialogConstants.OK_ID, Messages.TemplateTargetsDialog_preview, true);
        preview.setData(WidgetIds.KEY, PolicyWidgetIds.POLICIES_TARGETS_PREVIEW);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        update();
    }

    /** Counts the targets chosen; Preview needs one at least. Server rows only group their scopes. */
    private void update() {
        List<PolicyTarget> targets = selectedTargets();
        long serverCount = targets.stream().map(PolicyTarget::server).distinct().count();
        summary.setText(NLS.bind(Messages.TemplateTargetsDialog_summary, Integer.valueOf(targets.size()),
                Long.valueOf(serverCount)));
        summary.getParent().layout(true, true);
        Button preview = getButton(IDialogConstants.OK_ID);
        if (preview != null) {
            preview.setEnabled(!targets.isEmpty());
        }
    }

    private List<PolicyTarget> selectedTargets() {
        List<PolicyTarget> targets = new ArrayList<>();
        List<TreeItem> selected = List.of(tree.getSelection());
        for (TreeItem serverItem : tree.getItems()) {
            for (TreeItem item : serverItem.getItems()) {
                if (selected.contains(item)) {
                    targets.add((PolicyTarget) item.getData());
                }
            }
        }
        return targets;
    }

    @Override
    protected void okPressed() {
        chosen.addAll(selectedTargets());
        super.okPressed();
    }
}
