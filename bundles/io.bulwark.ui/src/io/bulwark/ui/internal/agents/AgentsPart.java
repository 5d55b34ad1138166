package io.bulwark.ui.internal.agents;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.ManagementServer;
import io.bulwark.ui.WidgetIds;
import io.bulwark.ui.internal.ModelRefresher;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One tree over every server this console knows: servers at the top, then their domains and agents once a server is
 * connected, kept in step with the live model: changes to the servers and to their agent trees each schedule one
 * refresh, however many arrive in a burst. Follows the server selected elsewhere so the tree shows where the
 * administrator is working.
 */
public class AgentsPart {

    /** The context menu of the tree, to which each area of the console contributes its commands. */
    public static final String POPUP_MENU_ID = "io.bulwark.ui.popupmenu.agents"; //$NON-NLS-1$

    @Inject
    @Service
    private ServerRegistryService servers;

    @Inject
    @Service
    private ServerConnections connections;

    @Inject
    private UISynchronize sync;

    @Inject
    private ESelectionService selectionService;

    @Inject
    private EMenuService menuService;

    private TreeViewer viewer;
    private ModelRefresher serversRefresher;
    private ModelRefresher treesRefresher;
    private ExpandOnConnect expander;

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().applyTo(parent);
        viewer = new TreeViewer(parent, SWT.MULTI | SWT.VIRTUAL | SWT.BORDER);
        viewer.getTree().setData(WidgetIds.KEY, WidgetIds.AGENTS_TREE);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new AgentTreeContentProvider());
        viewer.setLabelProvider(new AgentTreeLabelProvider());
        viewer.setInput(servers.getRegistry());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        serversRefresher = ModelRefresher.attach(servers.getRegistry(), sync, viewer);
        treesRefresher = ModelRefresher.attach(connections.getResourceSet(), sync, viewer);
        expander = ExpandOnConnect.attach(servers.getRegistry(), sync, viewer);
        viewer.addSelectionChangedListener(event -> publish(event.getStructuredSelection()));
        menuService.registerContextMenu(viewer.getControl(), POPUP_MENU_ID);
    }

    /** Hands the selected model objects to other parts: one object when one is selected, else a list. */
    private void publish(IStructuredSelection selection) {
        selectionService.setSelection(selection.size() == 1 ? selection.getFirstElement() : selection.toList());
    }

    /** Reveals the server chosen in another part (the Servers part publishes its selection). */
    @Inject
    @Optional
    void followSelectedServer(@Named(IServiceConstants.ACTIVE_SELECTION) ManagementServer server) {
        if (viewer == null || viewer.getControl().isDisposed() || server == null
                || server.equals(viewer.getStructuredSelection().getFirstElement())) {
            return;
        }
        viewer.setSelection(new StructuredSelection(server), true);
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @PreDestroy
    public void dispose() {
        expander.detach();
        treesRefresher.detach();
        serversRefresher.detach();
    }
}
