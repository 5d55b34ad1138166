package io.bulwark.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.bulwark.client.ServerAddress;
import io.bulwark.core.policy.PolicyTarget;
import io.bulwark.core.policy.PolicyTemplate;
import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.core.policy.ScopePolicy;
import io.bulwark.core.policy.WorkspaceScope;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.ScanMethod;
import io.bulwark.model.settings.SettingsFactory;
import io.bulwark.model.settings.UpdateSourceEntry;
import io.bulwark.model.settings.UpdateSourceMode;
import io.bulwark.model.settings.UpdateSources;
import io.bulwark.test.driver.Wait;
import io.bulwark.ui.tests.pages.ConsoleWindow;
import io.bulwark.ui.tests.pages.NewTemplateDialog;
import io.bulwark.ui.tests.pages.PolicyWorkspacePart;

/**
 * Save as Template from the Policy Workspace's context menu ({@link OfflinePoliciesFixture}): a domain taken offline
 * and set in the workspace to two groups becomes a template that takes both, as the dialog offers them, and opens in
 * the settings editor; the template is applied nowhere yet.
 */
@EnabledIfSystemProperty(named = OfflinePoliciesFixture.ENABLE_PROPERTY, matches = "true")
@ExtendWith(ClosesDialogs.class)
class TemplateFromCopyTest {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(90);
    private static final String TEMPLATE = "Plant defaults";
    private static final String RANGE = "10.41.0.0/16";

    @Test
    void aCopySavedAsATemplateTakesTheGroupsItSets() throws Exception {
        ConsoleWindow window = ConsoleWindow.waitForIt();
        Wait.until("both servers are connected",
                () -> window.serversPart().connected(OfflinePoliciesFixture.NAMES), CONNECT_TIMEOUT);
        PolicyWorkspace workspace = OfflinePoliciesFixture.workspace();
        PolicyTarget plant = new PolicyTarget(ServerAddress.parse(OfflinePoliciesFixture.office().uri().toString()),
                WorkspaceScope.domain(OfflinePoliciesFixture.PLANT));
        window.selectInAgentTree(OfflinePoliciesFixture.OFFICE + " (Connected)", OfflinePoliciesFixture.PLANT);
        window.takeOffline();
        Wait.until("the domain is taken offline", () -> workspace.contains(plant));
        ScopePolicy copy = workspace.read(plant);
        Policy edited = EcoreUtil.copy(copy.settings());
        edited.setScanMethod(SettingsFactory.eINSTANCE.createScanMethodSettings());
        edited.getScanMethod().setMethod(ScanMethod.STANDARD);
        edited.setUpdateSources(customSource(RANGE));
        workspace.save(new ScopePolicy(copy.target(), copy.base(), edited));

        PolicyWorkspacePart policies = window.policyWorkspace("Domain " + OfflinePoliciesFixture.PLANT);
        policies.select(OfflinePoliciesFixture.OFFICE + " (", "Domain " + OfflinePoliciesFixture.PLANT);
        policies.chooseFromMenu(KeyEvent.VK_S);
        NewTemplateDialog dialog = window.newTemplateDialog();
        assertEquals(List.of("Scan method", "Update sources"), dialog.groups(), "the groups the copy sets, all taken");
        dialog.name(TEMPLATE);
        Wait.until("Create is enabled once the template is named", dialog::createEnabled);
        assertEquals("The template will set 2 group(s).", dialog.message());
        dialog.create();
        window.settingsEditor("Template " + TEMPLATE + " (offline)*");

        PolicyTemplate template = workspace.readTemplate(TEMPLATE);
        assertEquals(ScanMethod.STANDARD, template.settings().getScanMethod().getMethod());
        assertEquals(List.of(RANGE), template.settings().getUpdateSources().getCustom().stream()
                .map(UpdateSourceEntry::getIpRange).toList());
        assertNull(template.settings().getFirewall(), "a group the copy inherits is not taken");
        assertTrue(template.bases().isEmpty(), "the template is applied nowhere yet");
        Wait.until("the Policy Workspace lists the template",
                () -> policies.topText("Template " + TEMPLATE) != null);
    }

    private static UpdateSources customSource(String range) {
        UpdateSources sources = SettingsFactory.eINSTANCE.createUpdateSources();
        sources.setMode(UpdateSourceMode.CUSTOM);
        sources.setFallbackToServer(true);
        UpdateSourceEntry entry = SettingsFactory.eINSTANCE.createUpdateSourceEntry();
        entry.setIpRange(range);
        entry.setUrl("https://au.example/plant");
        sources.getCustom().add(entry);
        return sources;
    }
}
