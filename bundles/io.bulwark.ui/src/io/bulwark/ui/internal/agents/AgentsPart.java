package io.bulwark.ui.internal.agents;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.services.EMenuService;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.e4.ui.workbench.modeling.ESelectionService;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.AbstractTreeViewer;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.tree.AgentFilter;
import io.bulwark.model.tree.AgentFilterException;
import io.bulwark.model.tree.FilteredAgentTree;
import io.bulwark.ui.WidgetIds;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One tree over every server this console knows: servers at the top, then their domains and agents once a server is
 * connected, with one filter box above it that searches every server once typing pauses (in the model, see
 * {@link AgentTreeContentProvider}) and a switch to show update agents only. Kept in step with the live model: changes
 * mark the server they touch as stale and schedule one refresh, however many arrive in a burst. Agents can be dragged
 * onto another domain of their server, or onto another server to plan a move there. The filter applied is offered in
 * the application context ({@link #APPLIED_FILTER}). Follows the server selected elsewhere so the tree shows where the
 * administrator is working.
 */
public class AgentsPart {

    /** The context menu of the tree, to which each area of the console contributes its commands. */
    public static final String POPUP_MENU_ID = "io.bulwark.ui.popupmenu.agents"; //$NON-NLS-1$

    /**
     * The application context's entry holding the {@link AgentFilter} the tree applies now, for commands that act on
     * what it shows; absent until the tree exists.
     */
    public static final String APPLIED_FILTER = "io.bulwark.ui.agents.appliedFilter"; //$NON-NLS-1$

    /**
     * The event posted when agents are dropped onto another server, with an {@link AgentsDroppedOnServer} as its data:
     * the tree moves agents only within their server and leaves relocations to the moves area.
     */
    public static final String AGENTS_DROPPED_ON_OTHER_SERVER = "io/bulwark/ui/agents/droppedOnOtherServer"; //$NON-NLS-1$

    /**
     * Up to this many matches, a filter opens every domain and range that holds one; beyond it, only the servers. Each
     * row opened this way is made at once, so the limit is what can be drawn well within a keystroke.
     */
    private static final int EXPAND_ALL_LIMIT = 200;

    /**
     * The pause in typing after which the filter box's text is applied: each key shows in the box at once, and the tree
     * is filtered once per pause rather than once per key. Enter applies it at once.
     */
    private static final int FILTER_DELAY_MILLIS = 150;

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

    @Inject
    private IEventBroker events;

    @Inject
    private MApplication application;

    private Text filterText;
    private Button updateAgentsOnly;
    private Label message;
    private TreeViewer viewer;
    private AgentTreeContentProvider content;
    private AgentTreeTracker tracker;
    private ExpandOnConnect expander;
    private boolean refreshPending;
    private final Runnable applyFilterLater = this::applyFilter;
    private final Set<ManagementServer> revealed = new HashSet<>();

    @PostConstruct
    public void createControls(Composite parent) {
        GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 2).applyTo(parent);
        filterText = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        filterText.setData(WidgetIds.KEY, WidgetIds.AGENTS_FILTER_TEXT);
        filterText.setMessage(Messages.AgentsPart_filterHint);
        filterText.setToolTipText(Messages.AgentsPart_filterTooltip);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filterText);
        updateAgentsOnly = new Button(parent, SWT.CHECK);
        updateAgentsOnly.setData(WidgetIds.KEY, WidgetIds.AGENTS_UPDATE_AGENTS_ONLY);
        updateAgentsOnly.setText(Messages.AgentsPart_updateAgentsOnly);
        message = new Label(parent, SWT.WRAP);
        message.setData(WidgetIds.KEY, WidgetIds.AGENTS_MESSAGE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).exclude(true).applyTo(message);
        message.setVisible(false);

        viewer = new TreeViewer(parent, SWT.MULTI | SWT.VIRTUAL | SWT.BORDER);
        viewer.getTree().setData(WidgetIds.KEY, WidgetIds.AGENTS_TREE);
        viewer.setUseHashlookup(true);
        content = new AgentTreeContentProvider();
        viewer.setContentProvider(content);
        viewer.setLabelProvider(new AgentTreeLabelProvider(new AgentIcons(viewer.getControl())));
        viewer.setInput(servers.getRegistry());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).applyTo(viewer.getControl());

        filterText.addModifyListener(event -> filterText.getDisplay().timerExec(FILTER_DELAY_MILLIS, applyFilterLater));
        filterText.addListener(SWT.DefaultSelection, event -> applyFilter());
        updateAgentsOnly.addListener(SWT.Selection, event -> applyFilter());
        tracker = AgentTreeTracker.attach(servers.getRegistry(), this::changed);
        expander = ExpandOnConnect.attach(servers.getRegistry(), sync, viewer);
        viewer.addSelectionChangedListener(event -> publish(event.getStructuredSelection()));
        AgentDropAdapter.install(viewer, connections, text -> sync.asyncExec(() -> showMessage(text)),
                drop -> events.post(AGENTS_DROPPED_ON_OTHER_SERVER, drop));
        application.getContext().set(APPLIED_FILTER, AgentFilter.ALL);
        TreeKeys.install(viewer);
        menuService.registerContextMenu(viewer.getControl(), POPUP_MENU_ID);
    }

    /** A server's tree (or, for {@code null}, the list of servers) changed: rebuild it at the next refresh. */
    private void changed(ManagementServer server) {
        content.stale(server);
        if (refreshPending) {
            return;
        }
        refreshPending = true;
        sync.asyncExec(() -> {
            refreshPending = false;
            if (!viewer.getControl().isDisposed()) {
                viewer.getTree().setRedraw(false);
                try {
                    viewer.refresh();
                    if (!content.filter().showsAll()) {
                        revealMatches();
                    }
                } finally {
                    viewer.getTree().setRedraw(true);
                }
            }
        });
    }

    /** Reads the filter box and shows what it matches; a filter that cannot be read is named and changes nothing. */
    private void applyFilter() {
        if (filterText.isDisposed()) {
            return;
        }
        filterText.getDisplay().timerExec(-1, applyFilterLater);
        AgentFilter filter;
        try {
            filter = AgentFilter.parse(filterText.getText()).updateAgentsOnly(updateAgentsOnly.getSelection());
        } catch (AgentFilterException e) {
            showMessage(FilterErrors.describe(e));
            return;
        }
        showMessage(""); //$NON-NLS-1$
        content.setFilter(filter);
        application.getContext().set(APPLIED_FILTER, filter);
        revealed.clear();
        viewer.getTree().setRedraw(false);
        try {
            viewer.refresh();
            if (!filter.showsAll()) {
                revealMatches();
            }
        } finally {
            viewer.getTree().setRedraw(true);
        }
    }

    /**
     * Opens every server with matches, and every domain that holds one when there are few enough to list; once per
     * server and filter, so that rows the administrator closes stay closed while matches arrive.
     */
    private void revealMatches() {
        List<ManagementServer> withMatches = new ArrayList<>();
        int total = 0;
        for (ManagementServer server : RegistryServers.of(servers.getRegistry())) {
            FilteredAgentTree snapshot = content.snapshot(server);
            if (snapshot != null && snapshot.matchCount() > 0) {
                total += snapshot.matchCount();
                if (!revealed.contains(server)) {
                    withMatches.add(server);
                }
            }
        }
        int levels = total <= EXPAND_ALL_LIMIT ? AbstractTreeViewer.ALL_LEVELS : 1;
        for (ManagementServer server : withMatches) {
            viewer.expandToLevel(server, levels);
            revealed.add(server);
        }
    }

    private void showMessage(String text) {
        if (message.isDisposed()) {
            return;
        }
        boolean show = text != null && !text.isEmpty();
        message.setText(show ? text : ""); //$NON-NLS-1$
        if (message.getVisible() != show) {
            message.setVisible(show);
            ((GridData) message.getLayoutData()).exclude = !show;
        }
        message.getParent().layout(true);
    }

    /** Hands the selected model objects to other parts: one object when one is selected, else a list. */
    private void publish(IStructuredSelection selection) {
        List<Object> objects = new ArrayList<>(selection.size());
        for (Object element : selection.toList()) {
            if (element instanceof EObject) {
                objects.add(element);
            }
        }
        selectionService.setSelection(objects.size() == 1 ? objects.get(0) : objects);
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
        application.getContext().remove(APPLIED_FILTER);
        if (!filterText.isDisposed()) {
            filterText.getDisplay().timerExec(-1, applyFilterLater);
        }
        expander.detach();
        tracker.detach();
    }
}
