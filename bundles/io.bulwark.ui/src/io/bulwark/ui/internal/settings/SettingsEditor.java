package io.bulwark.ui.internal.settings;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Composite;

import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerConnection;
import io.bulwark.client.ServerException;
import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.core.policy.PolicyFileException;
import io.bulwark.core.policy.PolicyTarget;
import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.core.policy.WorkspaceScope;
import io.bulwark.model.AgentTree;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.PolicyGroups;
import io.bulwark.model.settings.SettingsInheritance;
import io.bulwark.model.settings.SettingsPackage;
import io.bulwark.protocol.settings.SettingsScope;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The settings editor of one scope (the root, a domain or an agent of one server): every settings group, each set here
 * or inherited, edited in a working copy with undo and redo until it is saved with the version it was read at. An
 * account that may not change the scope gets the same editor, read-only, with a note saying why. Opened on a copy in
 * the policy workspace ({@link OfflineSettingsEditors}), it edits that copy with no server contacted, shows what the
 * scope inherits from the workspace's copies of the scopes above it, and saves to the file.
 */
public class SettingsEditor {

    /** The part descriptor editors are created from. */
    public static final String DESCRIPTOR_ID = "io.bulwark.ui.partdescriptor.settings"; //$NON-NLS-1$

    /** Persisted state: the id of the server whose scope the editor edits. */
    static final String SERVER_KEY = "bulwark.settings.server"; //$NON-NLS-1$

    /** Persisted state: the scope, as {@link SettingsScopes#key} writes it. */
    static final String SCOPE_KEY = "bulwark.settings.scope"; //$NON-NLS-1$

    @Inject
    private MPart part;

    @Inject
    @Service
    private ServerRegistryService registry;

    @Inject
    @Service
    private ServerConnections connections;

    @Inject
    private UISynchronize sync;

    @Inject
    private IEventBroker events;

    private EditorControls controls;
    private EObject owner;
    private ServerConnection connection;
    private SettingsScope scope;
    private String readOnlyReason;
    private PolicyWorkingCopy copy;
    private EditorSaver saver;
    private EReference group = PolicyGroups.all().get(0);
    private GroupPage page;
    private List<EObject> pageShape = List.of();
    private List<Diagnostic> problems = List.of();
    private final Map<EReference, Map<String, Integer>> listSelections = new HashMap<>();
    private final Adapter liveChanges = new LiveChanges();
    private List<Policy> watched = List.of();

    @PostConstruct
    public void createControls(Composite parent) {
        controls = new EditorControls(parent, this::showGroup);
        if (part.getPersistedState().get(OfflineSettingsEditors.WORKSPACE_TEMPLATE_KEY) != null) {
            loadTemplate();
            return;
        }
        if (part.getPersistedState().get(OfflineSettingsEditors.WORKSPACE_KEY) != null) {
            loadOffline();
            return;
        }
        scope = SettingsScopes.parse(part.getPersistedState().get(SCOPE_KEY));
        ManagementServer server = registry.findServerById(part.getPersistedState().get(SERVER_KEY));
        connection = server == null ? null : connections.connection(server);
        AgentTree tree = connection == null ? null : server.getAgentTree();
        owner = tree == null || scope == null ? null : SettingsScopes.owner(tree, scope);
        if (owner == null) {
            controls.status(NLS.bind(Messages.SettingsEditor_notConnected, part.getLabel()), true);
            return;
        }
        readOnlyReason = SettingsScopes.readOnlyReason(owner);
        controls.scope(SettingsScopes.title(owner), readOnlyReason);
        controls.status(Messages.SettingsEditor_loading, false);
        load();
    }

    private void load() {
        String title = SettingsScopes.title(owner);
        Job job = Job.create(NLS.bind(Messages.SettingsEditor_loadJob, title), monitor -> {
            try {
                connection.refreshPolicy(scope, monitor);
            } catch (ServerException e) {
                String message = NLS.bind(Messages.SettingsEditor_loadFailed, title, e.getMessage());
                sync.asyncExec(() -> controls.status(message, true));
                return Status.error(message, e);
            }
            sync.asyncExec(() -> startEditing(working -> new PolicySaver(controls.shell(), sync, connection, scope,
                    SettingsScopes.title(owner), working, this::changed)));
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    /**
     * Reads the workspace's copy of the scope and those above it in a job and edits it offline: no server is contacted,
     * and saving writes the workspace file.
     */
    private void loadOffline() {
        Map<String, String> state = part.getPersistedState();
        PolicyWorkspace workspace = new PolicyWorkspace(Path.of(state.get(OfflineSettingsEditors.WORKSPACE_KEY)));
        PolicyTarget target;
        try {
            target = new PolicyTarget(ServerAddress.parse(state.get(OfflineSettingsEditors.WORKSPACE_SERVER_KEY)),
                    WorkspaceScope.parse(state.get(OfflineSettingsEditors.WORKSPACE_SCOPE_KEY)));
        } catch (IllegalArgumentException | NullPointerException e) {
            controls.status(NLS.bind(Messages.SettingsEditor_offlineUnknown, part.getLabel()), true);
            return;
        }
        String serverName = state.getOrDefault(OfflineSettingsEditors.WORKSPACE_SERVER_NAME_KEY,
                target.server().toString());
        ManagementServer live = registry.findServer(target.server());
        AgentTree liveTree = live == null ? null : live.getAgentTree();
        loadFromWorkspace(() -> WorkspaceCopies.owner(workspace, target, serverName, liveTree),
                SettingsScopes::title,
                working -> WorkspaceSaver.ofCopy(controls.shell(), sync, events, workspace, target,
                        SettingsScopes.title(owner), working, this::changed));
    }

    /**
     * Reads a template of the workspace in a job and edits it offline: it inherits from nothing (the groups it does not
     * set stay as each target has them), and saving writes the template's file, keeping the bases of its targets.
     */
    private void loadTemplate() {
        Map<String, String> state = part.getPersistedState();
        PolicyWorkspace workspace = new PolicyWorkspace(Path.of(state.get(OfflineSettingsEditors.WORKSPACE_KEY)));
        String name = state.get(OfflineSettingsEditors.WORKSPACE_TEMPLATE_KEY);
        loadFromWorkspace(() -> WorkspaceCopies.template(workspace, name),
                found -> NLS.bind(Messages.SettingsEditor_templateScope, name),
                working -> WorkspaceSaver.ofTemplate(controls.shell(), sync, events, workspace, name, part.getLabel(),
                        working, this::changed));
    }

    /** Reads what the editor edits from the workspace in a job, then edits it; no server is contacted. */
    private void loadFromWorkspace(WorkspaceCopies.Loader loader, Function<EObject, String> scopeLine,
            Function<PolicyWorkingCopy, EditorSaver> savers) {
        controls.status(Messages.SettingsEditor_loadingOffline, false);
        Job job = Job.create(NLS.bind(Messages.SettingsEditor_loadJob, part.getLabel()), monitor -> {
            EObject found;
            try {
                found = loader.load();
            } catch (PolicyFileException e) {
                String message = NLS.bind(Messages.SettingsEditor_offlineLoadFailed, part.getLabel(), e.getMessage());
                sync.asyncExec(() -> controls.status(message, true));
                return Status.error(message, e);
            }
            sync.asyncExec(() -> {
                if (controls.isDisposed()) {
                    return;
                }
                owner = found;
                controls.scope(scopeLine.apply(found), null);
                startEditing(savers);
            });
            return Status.OK_STATUS;
        });
        job.setUser(false);
        job.schedule();
    }

    private void startEditing(Function<PolicyWorkingCopy, EditorSaver> savers) {
        Policy live = SettingsScopes.policyOf(owner);
        if (controls.isDisposed() || live == null) {
            return;
        }
        copy = new PolicyWorkingCopy(live);
        saver = savers.apply(copy);
        copy.commandStack().addCommandStackListener(event -> changed());
        if (connection != null) {
            watched = SettingsInheritance.policyChain(owner);
            watched.forEach(policy -> policy.eAdapters().add(liveChanges));
        }
        controls.groups(owner, copy);
        showGroup(group);
        changed();
    }

    /** Shows the page of a group, built afresh. */
    void showGroup(EReference shownGroup) {
        group = shownGroup;
        if (copy == null || controls.isDisposed()) {
            return;
        }
        page = new GroupPage(controls.pageArea(), group, copy, owner, readOnlyReason == null,
                listSelections.computeIfAbsent(group, key -> new HashMap<>()), () -> showGroup(group));
        pageShape = page.shape();
        page.refresh(problems);
        controls.pageBuilt();
    }

    /** After any change of the working copy: dirty marker, problems, the page's values or the page itself. */
    private void changed() {
        if (controls.isDisposed()) {
            return;
        }
        part.setDirty(copy.isDirty());
        problems = ProblemGroups.leaves(copy.validate());
        if (!GroupPage.shapeOf(group, copy, owner).equals(pageShape)) {
            showGroup(group);
        } else {
            page.refresh(problems);
        }
        controls.problems(problems);
    }

    /** @return whether a save may start: there are changes, the account may write, nothing is wrong */
    public boolean canSave() {
        return copy != null && readOnlyReason == null && copy.isDirty() && !saver.isSaving();
    }

    /** Saves the changes (Ctrl+S): refused while a field has an error; runs in a job. */
    @Persist
    public void save() {
        if (copy == null || readOnlyReason != null) {
            return;
        }
        page.commit();
        saver.save();
    }

    /** @return whether there is a change to undo */
    public boolean canUndo() {
        return copy != null && copy.commandStack().canUndo();
    }

    /** @return whether there is an undone change to redo */
    public boolean canRedo() {
        return copy != null && copy.commandStack().canRedo();
    }

    /** Undoes the last change, after taking what is typed in a field as a change of its own. */
    public void undo() {
        if (copy != null) {
            page.commit();
            copy.commandStack().undo();
        }
    }

    /** Redoes the last undone change. */
    public void redo() {
        if (copy != null) {
            copy.commandStack().redo();
        }
    }

    @Focus
    public void setFocus() {
        controls.setFocus();
    }

    @PreDestroy
    public void dispose() {
        watched.forEach(policy -> policy.eAdapters().remove(liveChanges));
    }

    /**
     * Follows the live policies of the scope and the scopes above it: a save by someone else shows at once, in the
     * inherited values and, while there is nothing unsaved, in the edited ones.
     */
    private final class LiveChanges extends AdapterImpl {

        @Override
        public void notifyChanged(Notification notification) {
            if (notification.getFeature() == SettingsPackage.Literals.POLICY__VERSION && !notification.isTouch()) {
                sync.asyncExec(SettingsEditor.this::liveChanged);
            }
        }
    }

    private void liveChanged() {
        if (controls.isDisposed() || copy == null) {
            return;
        }
        Policy live = SettingsScopes.policyOf(owner);
        if (live != null && !copy.isDirty() && !Objects.equals(live.getVersion(), copy.policy().getVersion())) {
            copy.replace(live, live, false);
        }
        showGroup(group);
        changed();
    }
}
