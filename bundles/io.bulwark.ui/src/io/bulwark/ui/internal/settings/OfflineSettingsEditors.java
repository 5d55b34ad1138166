package io.bulwark.ui.internal.settings;

import java.nio.file.Path;

import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;
import org.eclipse.osgi.util.NLS;

import io.bulwark.core.policy.PolicyTarget;

/**
 * Opens the settings editor on a scope's copy or a template in the policy workspace: the same editor as online, bound
 * to the file instead of the server. Each copy and template has one editor; opening it again activates it.
 */
public final class OfflineSettingsEditors {

    /** The event posted (with the {@link PolicyTarget}) after a copy in the workspace was written by the console. */
    public static final String WORKSPACE_CHANGED_TOPIC = "io/bulwark/policies/changed"; //$NON-NLS-1$

    /** Persisted state: the workspace folder of an offline editor. */
    static final String WORKSPACE_KEY = "bulwark.settings.workspace"; //$NON-NLS-1$

    /** Persisted state: the server of an offline editor's copy, as its address. */
    static final String WORKSPACE_SERVER_KEY = "bulwark.settings.workspaceServer"; //$NON-NLS-1$

    /** Persisted state: the scope of an offline editor's copy, as the workspace writes it. */
    static final String WORKSPACE_SCOPE_KEY = "bulwark.settings.workspaceScope"; //$NON-NLS-1$

    /** Persisted state: the server's name, for the title. */
    static final String WORKSPACE_SERVER_NAME_KEY = "bulwark.settings.workspaceServerName"; //$NON-NLS-1$

    /** Persisted state: the name of the template an offline editor edits (with {@link #WORKSPACE_KEY}). */
    static final String WORKSPACE_TEMPLATE_KEY = "bulwark.settings.workspaceTemplate"; //$NON-NLS-1$

    private OfflineSettingsEditors() {
    }

    /**
     * Opens the settings editor on a template of the workspace: it sets some groups and leaves the others to each
     * target, so it inherits from nothing.
     *
     * @param folder
     *            the workspace folder
     * @param name
     *            the template's name
     */
    public static void openTemplate(EPartService parts, EModelService models, MApplication application, Path folder,
            String name) {
        for (MPart part : parts.getParts()) {
            if (SettingsEditor.DESCRIPTOR_ID.equals(part.getElementId())
                    && folder.toString().equals(part.getPersistedState().get(WORKSPACE_KEY))
                    && name.equalsIgnoreCase(part.getPersistedState().get(WORKSPACE_TEMPLATE_KEY))) {
                parts.showPart(part, PartState.ACTIVATE);
                return;
            }
        }
        MPart part = parts.createPart(SettingsEditor.DESCRIPTOR_ID);
        String title = NLS.bind(Messages.OfflineSettingsEditors_templateTitle, name);
        part.setLabel(title);
        part.setTooltip(NLS.bind(Messages.OfflineSettingsEditors_templateTooltip, name, folder));
        part.getPersistedState().put(WORKSPACE_KEY, folder.toString());
        part.getPersistedState().put(WORKSPACE_TEMPLATE_KEY, name);
        show(parts, models, application, part);
    }

    /**
     * @param folder
     *            the workspace folder
     * @param target
     *            a scope the workspace holds a copy of
     * @param serverName
     *            the server's name as the console knows it, or its address
     * @param scopeName
     *            the scope for a person, e.g. "Domain Branch"
     */
    public static void open(EPartService parts, EModelService models, MApplication application, Path folder,
            PolicyTarget target, String serverName, String scopeName) {
        String server = target.server().toString();
        String scope = target.scope().toString();
        for (MPart part : parts.getParts()) {
            if (SettingsEditor.DESCRIPTOR_ID.equals(part.getElementId())
                    && folder.toString().equals(part.getPersistedState().get(WORKSPACE_KEY))
                    && server.equals(part.getPersistedState().get(WORKSPACE_SERVER_KEY))
                    && scope.equalsIgnoreCase(part.getPersistedState().get(WORKSPACE_SCOPE_KEY))) {
                parts.showPart(part, PartState.ACTIVATE);
                return;
            }
        }
        MPart part = parts.createPart(SettingsEditor.DESCRIPTOR_ID);
        String title = NLS.bind(Messages.SettingsScopes_title, scopeName,
                NLS.bind(Messages.WorkspaceCopies_server, serverName));
        part.setLabel(title);
        part.setTooltip(NLS.bind(Messages.OfflineSettingsEditors_tooltip, title, folder));
        part.getPersistedState().put(WORKSPACE_KEY, folder.toString());
        part.getPersistedState().put(WORKSPACE_SERVER_KEY, server);
        part.getPersistedState().put(WORKSPACE_SCOPE_KEY, scope);
        part.getPersistedState().put(WORKSPACE_SERVER_NAME_KEY, serverName);
        show(parts, models, application, part);
    }

    private static void show(EPartService parts, EModelService models, MApplication application, MPart part) {
        if (models.find(EditSettingsHandler.EDITORS_STACK, application) instanceof MPartStack stack) {
            stack.getChildren().add(part);
        }
        parts.showPart(part, PartState.ACTIVATE);
    }
}
