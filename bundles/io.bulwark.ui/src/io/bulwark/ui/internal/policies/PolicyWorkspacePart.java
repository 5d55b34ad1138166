package io.bulwark.ui.internal.policies;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import io.bulwark.core.ServerRegistryService;
import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.ui.PolicyWidgetIds;
import io.bulwark.ui.WidgetIds;
import io.bulwark.ui.internal.settings.OfflineSettingsEditors;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The Policy Workspace: the copies of server scopes taken offline and the templates, each copy marked when it holds
 * changes not applied yet or its file cannot be read. Built from the files alone, so it shows and opens everything with
 * every server unreachable; opening a copy or a template edits it in the settings editor.
 */
public class PolicyWorkspacePart {

    /** The part's id. */
    static final String PART_ID = "io.bulwark.ui.part.policyWorkspace"; //$NON-NLS-1$

    /** The id of its context menu. */
    static final String POPUP_MENU_ID = "io.bulwark.ui.popupmenu.policyWorkspace"; //$NON-NLS-1$

    @Inject
    @Service
    private ServerRegistryService registry;

    @Inject
    private UISynchronize sync;

    @Inject
    private ESelectionService selection;

    @Inject
    private EPartService parts;

    @Inject
    private EModelService models;

    @Inject
    private MApplication application;

    private PolicyWorkspace workspace = ConsoleServers.workspace();
    private TreeViewer viewer;
    private Label status;

    static void show(EPartService parts) {
        parts.showPart(PART_ID, PartState.ACTIVATE);
    }

    @PostConstruct
    public void createControls(Composite parent, EMenuService menus) {
        GridLayoutFactory.fillDefaults().margins(2, 2).applyTo(parent);
        status = new Label(parent, SWT.WRAP);
        status.setData(WidgetIds.KEY, PolicyWidgetIds.POLICIES_STATUS);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.BORDER | SWT.FULL_SELECTION);
        viewer.getTree().setData(WidgetIds.KEY, PolicyWidgetIds.POLICIES_TREE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        viewer.setContentProvider(new Contents());
        viewer.setLabelProvider(new Labels());
        viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
        viewer.addSelectionChangedListener(event -> {
            List<?> chosen = ((IStructuredSelection) event.getSelection()).toList();
            selection.setSelection(chosen.size() == 1 ? chosen.get(0) : List.copyOf(chosen));
        });
        viewer.addDoubleClickListener(event -> {
            Object chosen = ((IStructuredSelection) event.getSelection()).getFirstElement();
            if (chosen instanceof WorkspaceCopy copy) {
                open(copy);
            } else if (chosen instanceof WorkspaceTemplate template && template.problem() == null) {
                OfflineSettingsEditors.openTemplate(parts, models, application, workspace.folder(), template.name());
            }
        });
        menus.registerContextMenu(viewer.getControl(), POPUP_MENU_ID);
        refresh();
    }

    /** Opens a copy in the settings editor, offline. */
    void open(WorkspaceCopy copy) {
        OfflineSettingsEditors.open(parts, models, application, workspace.folder(), copy.target(),
                copy.serverName(), copy.scopeName());
    }

    @Inject
    @Optional
    void workspaceChanged(@UIEventTopic(OfflineSettingsEditors.WORKSPACE_CHANGED_TOPIC) Object target) {
        if (viewer != null) {
            refresh();
        }
    }

    /** Reads the workspace again in a job, then shows it; the workspace folder may have been changed meanwhile. */
    void refresh() {
        List<io.bulwark.model.ManagementServer> known = new ArrayList<>(registry.allServers());
        PolicyWorkspace current = ConsoleServers.workspace();
        Job job = Job.create(Messages.PolicyWorkspacePart_readJob, monitor -> {
            WorkspaceContents contents = WorkspaceContents.read(current, known);
            sync.asyncExec(() -> show(current, contents));
            return Status.OK_STATUS;
        });
        job.setSystem(true);
        job.schedule();
    }

    private void show(PolicyWorkspace shown, WorkspaceContents contents) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        workspace = shown;
        List<Object> roots = new ArrayList<>(contents.servers());
        roots.addAll(contents.templates());
        List<Object> selected = viewer.getStructuredSelection().toList().stream().map(PolicyWorkspacePart::key)
                .toList();
        viewer.setInput(roots);
        reselect(roots, selected);
        String text = roots.isEmpty()
                ? NLS.bind(Messages.PolicyWorkspacePart_empty, workspace.folder())
                : NLS.bind(Messages.PolicyWorkspacePart_folder, workspace.folder());
        status.setText(contents.problem() == null ? text : text + "\n" + contents.problem()); //$NON-NLS-1$
        status.getParent().layout(true, true);
    }

    /** Selects again what was selected before the workspace was read again, as it reads now. */
    private void reselect(List<Object> roots, List<Object> selected) {
        if (selected.isEmpty()) {
            return;
        }
        List<Object> again = new ArrayList<>();
        for (Object root : roots) {
            if (selected.contains(key(root))) {
                again.add(root);
            }
            if (root instanceof WorkspaceServer server) {
                server.copies().stream().filter(copy -> selected.contains(key(copy))).forEach(again::add);
            }
        }
        viewer.setSelection(new StructuredSelection(again));
    }

    /** @return what stays the same of a row when the workspace is read again */
    private static Object key(Object element) {
        if (element instanceof WorkspaceServer server) {
            return server.address();
        }
        if (element instanceof WorkspaceCopy copy) {
            return copy.target();
        }
        if (element instanceof WorkspaceTemplate template) {
            return template.name().toLowerCase(Locale.ROOT);
        }
        return element;
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    private static final class Contents extends ArrayContentProvider implements ITreeContentProvider {

        @Override
        public Object[] getChildren(Object parent) {
            return parent instanceof WorkspaceServer server ? server.copies().toArray() : new Object[0];
        }

        @Override
        public Object getParent(Object element) {
            return null;
        }

        @Override
        public boolean hasChildren(Object element) {
            return element instanceof WorkspaceServer server && !server.copies().isEmpty();
        }
    }

    private static final class Labels extends LabelProvider {

        @Override
        public String getText(Object element) {
            if (element instanceof WorkspaceServer server) {
                String text = NLS.bind(Messages.PolicyWorkspacePart_server, server.name(), server.address());
                return server.problem() == null
                        ? text
                        : NLS.bind(Messages.PolicyWorkspacePart_unreadable, text, server.problem());
            }
            if (element instanceof WorkspaceCopy copy) {
                if (copy.problem() != null) {
                    return NLS.bind(Messages.PolicyWorkspacePart_unreadable, copy.scopeName(), copy.problem());
                }
                return copy.changedLocally()
                        ? NLS.bind(Messages.PolicyWorkspacePart_changed, copy.scopeName())
                        : copy.scopeName();
            }
            if (element instanceof WorkspaceTemplate template) {
                String text = template.targets().isEmpty()
                        ? NLS.bind(Messages.PolicyWorkspacePart_template, template.name())
                        : NLS.bind(Messages.PolicyWorkspacePart_templateApplied, template.name(),
                                Integer.valueOf(template.targets().size()));
                return template.problem() == null
                        ? text
                        : NLS.bind(Messages.PolicyWorkspacePart_unreadable, text, template.problem());
            }
            return super.getText(element);
        }
    }
}
