package io.bulwark.ui.internal.servers;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.ManagementServer;
import io.bulwark.ui.WidgetIds;
import io.bulwark.ui.internal.ModelRefresher;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Lists the management servers this console knows, with their address and connection state, and publishes the selected
 * server so other parts can follow it. Its context menu connects and disconnects the selected servers.
 */
public class ServersPart {

    /** The id of the part's context menu in the application model (Connect, Disconnect). */
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

    private TableViewer viewer;
    private ModelRefresher refresher;

    @PostConstruct
    public void createControls(Composite parent) {
        Composite tableHolder = new Composite(parent, SWT.NONE);
        TableColumnLayout layout = new TableColumnLayout();
        tableHolder.setLayout(layout);

        viewer = new TableViewer(tableHolder, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.getTable().setData(WidgetIds.KEY, WidgetIds.SERVERS_TABLE);
        addColumn(layout, Messages.ServersPart_columnName, 3, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ((ManagementServer) element).getName();
            }
        });
        addColumn(layout, Messages.ServersPart_columnAddress, 3, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ServerLabels.address((ManagementServer) element);
            }
        });
        addColumn(layout, Messages.ServersPart_columnState, 2, new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return ServerLabels.state(((ManagementServer) element).getState());
            }
        });
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        viewer.setInput(servers.getRegistry().getServers());
        viewer.addSelectionChangedListener(event -> publish(event.getStructuredSelection()));
        menuService.registerContextMenu(viewer.getControl(), CONTEXT_MENU_ID);
        refresher = ModelRefresher.attach(servers.getRegistry(), sync, viewer);
    }

    private void addColumn(TableColumnLayout layout, String title, int weight, ColumnLabelProvider labels) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.setLabelProvider(labels);
        layout.setColumnData(column.getColumn(), new ColumnWeightData(weight, 60, true));
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
