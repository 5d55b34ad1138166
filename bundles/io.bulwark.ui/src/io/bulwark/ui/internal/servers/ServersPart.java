package io.bulwark.ui.internal.servers;

import java.util.function.Function;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.services.EContextService;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.TreeColumnLayout;
import org.eclipse.jface.util.LocalSelectionTransfer;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.TreeViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DragSourceAdapter;
import org.eclipse.swt.dnd.DragSourceEvent;
import org.eclipse.swt.dnd.Transfer;
import org.eclipse.swt.widgets.Composite;

import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ServerFolder;
import io.bulwark.ui.WidgetIds;
import io.bulwark.ui.internal.ModelRefresher;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The management servers this console knows, in the registry's folders, with their address, live connection state and
 * who the console is on each, and publishes the selected servers and folders so other parts and handlers can follow.
 * Servers and folders move between folders by drag and drop; the context menu holds the Servers commands.
 */
public class ServersPart {

    /** The binding context of the part's keys (Add, Edit, Remove, New Folder), active while the part is. */
    static final String BINDING_CONTEXT_ID = "io.bulwark.ui.contexts.servers"; //$NON-NLS-1$

    /** The id of the part's context menu in the application model. */
    static final String CONTEXT_MENU_ID = "io.bulwark.ui.popupmenu.servers"; //$NON-NLS-1$

    @Inject
    @Service
    private ServerRegistryService servers;

    @Inject
    private ESelectionService selectionService;

    @Inject
    private UISynchronize sync;

    @Inject
    private EMenuService menuService;

    @Inject
    private EContextService contextService;

    private TreeViewer viewer;
    private ModelRefresher refresher;

    @PostConstruct
    public void createControls(Composite parent) {
        Composite treeHolder = new Composite(parent, SWT.NONE);
        TreeColumnLayout layout = new TreeColumnLayout();
        treeHolder.setLayout(layout);

        viewer = new TreeViewer(treeHolder, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTree().setHeaderVisible(true);
        viewer.getTree().setLinesVisible(true);
        viewer.getTree().setData(WidgetIds.KEY, WidgetIds.SERVERS_TREE);
        addColumn(layout, Messages.ServersPart_columnName, 3, element -> element instanceof ServerFolder folder
                ? folder.getName()
                : ((ManagementServer) element).getName());
        addColumn(layout, Messages.ServersPart_columnAddress, 3, server(ServerLabels::address));
        addColumn(layout, Messages.ServersPart_columnState, 2, server(server -> ServerLabels.state(server.getState())));
        addColumn(layout, Messages.ServersPart_columnSignedInAs, 2, server(ServerLabels::signedInAs));
        viewer.setContentProvider(new ServerTreeContentProvider());
        viewer.setAutoExpandLevel(TreeViewer.ALL_LEVELS);
        viewer.setInput(servers.getRegistry());
        viewer.addSelectionChangedListener(event -> publish(event.getStructuredSelection()));
        enableDragAndDrop();
        menuService.registerContextMenu(viewer.getControl(), CONTEXT_MENU_ID);
        contextService.activateContext(BINDING_CONTEXT_ID);
        refresher = ModelRefresher.attach(servers.getRegistry(), sync, viewer);
    }

    private static Function<Object, String> server(Function<ManagementServer, String> text) {
        return element -> element instanceof ManagementServer server ? text.apply(server) : ""; //$NON-NLS-1$
    }

    private void addColumn(TreeColumnLayout layout, String title, int weight, Function<Object, String> text) {
        TreeViewerColumn column = new TreeViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply(element);
            }
        });
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60, true));
    }

    private void enableDragAndDrop() {
        Transfer[] transfers = {LocalSelectionTransfer.getTransfer()};
        viewer.addDragSupport(DND.DROP_MOVE, transfers, new DragSourceAdapter() {
            @Override
            public void dragStart(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(viewer.getStructuredSelection());
            }

            @Override
            public void dragFinished(DragSourceEvent event) {
                LocalSelectionTransfer.getTransfer().setSelection(null);
            }
        });
        viewer.addDropSupport(DND.DROP_MOVE, transfers,
                new ServerTreeDropAdapter(viewer, servers, () -> viewer.getControl().getShell()));
    }

    private void publish(IStructuredSelection selection) {
        selectionService.setSelection(selection.size() == 1 ? selection.getFirstElement() : selection.toList());
    }

    @Focus
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @PreDestroy
    public void dispose() {
        refresher.detach();
    }
}
