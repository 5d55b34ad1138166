package io.bulwark.ui.tests;

import static io.bulwark.ui.tests.AdministrationFixture.HEAD_OFFICE;
import static io.bulwark.ui.tests.AdministrationFixture.HEAD_OFFICE_AGENTS;
import static io.bulwark.ui.tests.AdministrationFixture.REMOTE_SITE;
import static io.bulwark.ui.tests.AdministrationFixture.REMOTE_SITE_AGENTS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import io.bulwark.client.ServerClient;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Wait;
import io.bulwark.test.driver.Widgets;
import io.bulwark.ui.WidgetIds;
import io.bulwark.ui.tests.pages.AdministrationParts;
import io.bulwark.ui.tests.pages.AuditPart;
import io.bulwark.ui.tests.pages.BackupsPart;
import io.bulwark.ui.tests.pages.ConsoleWindow;
import io.bulwark.ui.tests.pages.ComponentsPart;
import io.bulwark.ui.tests.pages.DashboardPart;
import io.bulwark.ui.tests.pages.ServersPart;

/**
 * The administration parts against two real servers with real fleets ({@link AdministrationFixture}): the console is
 * root on the head office and a read-only operator on the remote site. Runs in order: the dashboard's last step stops a
 * fleet. Runs only in the console of its fixture: elsewhere each step would wait out its timeout for servers that are
 * not there.
 */
@EnabledIfSystemProperty(named = AdministrationFixture.ENABLE_PROPERTY, matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdministrationTest {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(60);

    private AdministrationParts parts;

    @BeforeEach
    void bothServersConnected() {
        parts = AdministrationParts.waitForIt();
        ServersPart servers = ConsoleWindow.waitForIt().serversPart();
        Wait.until("both servers are connected", () -> servers.states().equals(List.of("Connected", "Connected")),
                CONNECT_TIMEOUT);
    }

    @Test
    @Order(1)
    void accountsShowWhoYouAreOnEachServer() {
        AdministrationParts accounts = parts.accounts();
        Wait.until("the signed-in table lists both servers", () -> accounts.rows(WidgetIds.ACCOUNTS_SIGNED_IN)
                .equals(List.of(List.of(HEAD_OFFICE, "root", "Root"),
                        List.of(REMOTE_SITE, AdministrationFixture.OPERATOR, "Operator (read-only)"))));
        Wait.until("root sees the head office's accounts", () -> accounts.rows(WidgetIds.ACCOUNTS_TABLE).stream()
                .anyMatch(row -> row.get(0).equals("root")), JOB_TIMEOUT);

        accounts.press(WidgetIds.ACCOUNTS_NEW);
        Widgets.shell("New Account");
        accounts.type(WidgetIds.ACCOUNTS_NEW_USER, "auditor");
        accounts.type(WidgetIds.ACCOUNTS_NEW_PASSWORD, "auditor-password-1");
        accounts.type(WidgetIds.ACCOUNTS_NEW_CONFIRMATION, "auditor-password-1");
        accounts.press(WidgetIds.ACCOUNTS_NEW_OK);
        Wait.until("the new read-only account is listed", () -> accounts.rows(WidgetIds.ACCOUNTS_TABLE).stream()
                .anyMatch(row -> row.get(0).equals("auditor") && row.get(1).equals("Operator (read-only)")),
                JOB_TIMEOUT);
    }

    @Test
    @Order(2)
    void componentsUpdateTheServerNotifyTheAgentsBehindAndCancelTheQueue() {
        ComponentsPart components = parts.components();
        ConsoleWindow.waitForIt().serversPart().clickRow(serverAddress(HEAD_OFFICE));
        Wait.until("the head office is chosen", () -> HEAD_OFFICE.equals(components.combo(
                WidgetIds.COMPONENTS_SERVER)));
        Wait.until("the first read has finished", () -> components.isEnabled(WidgetIds.COMPONENTS_REFRESH),
                JOB_TIMEOUT);
        assertEquals(List.of(), components.rows(WidgetIds.COMPONENTS_TABLE), "no components before the first update");

        components.press(WidgetIds.COMPONENTS_UPDATE_SERVER);
        Wait.until("the components are listed", () -> !components.rows(WidgetIds.COMPONENTS_TABLE).isEmpty(),
                JOB_TIMEOUT);
        Wait.until("every agent is found behind", () -> components.label(WidgetIds.COMPONENTS_OUTDATED_SUMMARY)
                .startsWith(HEAD_OFFICE_AGENTS + " of " + HEAD_OFFICE_AGENTS + " agents are out of date"),
                JOB_TIMEOUT);
        assertEquals(HEAD_OFFICE_AGENTS, components.rows(WidgetIds.COMPONENTS_OUTDATED_TABLE).size());
        assertTrue(components.rows(WidgetIds.COMPONENTS_TABLE).stream().allMatch(row -> row.get(1).matches("\\d+")),
                "each component shows its version");

        components.press(WidgetIds.COMPONENTS_NOTIFY_AGENTS);
        Wait.until("one notification per agent behind is queued",
                () -> components.rows(WidgetIds.COMPONENTS_NOTIFICATIONS).size() == HEAD_OFFICE_AGENTS, JOB_TIMEOUT);
        assertTrue(components.label(WidgetIds.COMPONENTS_MESSAGE).startsWith("Queued " + HEAD_OFFICE_AGENTS),
                components.label(WidgetIds.COMPONENTS_MESSAGE));

        components.press(WidgetIds.COMPONENTS_CANCEL_NOTIFICATIONS);
        Wait.until("the queue is empty", () -> components.rows(WidgetIds.COMPONENTS_NOTIFICATIONS).isEmpty()
                && components.label(WidgetIds.COMPONENTS_MESSAGE).startsWith("Cancelled " + HEAD_OFFICE_AGENTS),
                JOB_TIMEOUT);
    }

    @Test
    @Order(3)
    void anOperatorMayReadComponentsButNotChangeThem() {
        ComponentsPart components = parts.components();
        ConsoleWindow.waitForIt().serversPart().clickRow(serverAddress(REMOTE_SITE));
        Wait.until("the remote site is chosen", () -> REMOTE_SITE.equals(components.combo(
                WidgetIds.COMPONENTS_SERVER)));
        Wait.until("its components are read", () -> components.isEnabled(WidgetIds.COMPONENTS_REFRESH), JOB_TIMEOUT);
        assertFalse(components.isEnabled(WidgetIds.COMPONENTS_UPDATE_SERVER));
        assertFalse(components.isEnabled(WidgetIds.COMPONENTS_NOTIFY_AGENTS));
        assertFalse(components.isEnabled(WidgetIds.COMPONENTS_CANCEL_NOTIFICATIONS));
        ConsoleWindow.waitForIt().serversPart().clickRow(serverAddress(HEAD_OFFICE));
    }

    @Test
    @Order(4)
    void theAuditLogFiltersByActionTargetAndUser() {
        AuditPart audit = parts.audit();
        Wait.until("the head office is chosen", () -> HEAD_OFFICE.equals(audit.combo(WidgetIds.AUDIT_SERVER)));
        Wait.until("the log is read", () -> !audit.rows(WidgetIds.AUDIT_TABLE).isEmpty(), JOB_TIMEOUT);

        audit.typeAndEnter(WidgetIds.AUDIT_ACTION, "domain.create");
        Wait.until("only the domains created are listed", () -> actions(audit).equals(List.of("domain.create",
                "domain.create")), JOB_TIMEOUT);

        audit.typeAndEnter(WidgetIds.AUDIT_TARGET, AdministrationFixture.lastDomainTarget());
        Wait.until("only the second domain's creation is listed", () -> audit.rows(WidgetIds.AUDIT_TABLE).size() == 1
                && audit.rows(WidgetIds.AUDIT_TABLE).get(0).get(3).contains("Audit two"), JOB_TIMEOUT);
        assertEquals("root", audit.rows(WidgetIds.AUDIT_TABLE).get(0).get(1), "the entry names who made the change");

        audit.typeAndEnter(WidgetIds.AUDIT_USER, "nobody");
        Wait.until("no entry of another user matches", () -> audit.rows(WidgetIds.AUDIT_TABLE).isEmpty()
                && audit.label(WidgetIds.AUDIT_MESSAGE).startsWith("0 entries"), JOB_TIMEOUT);
    }

    private static List<String> actions(AuditPart audit) {
        return audit.rows(WidgetIds.AUDIT_TABLE).stream().map(row -> row.get(2)).toList();
    }

    @Test
    @Order(5)
    void aBackupIsCreatedListedAndRestoredAfterConfirming() throws Exception {
        BackupsPart backups = parts.backups();
        Wait.until("the head office is chosen", () -> HEAD_OFFICE.equals(backups.combo(WidgetIds.BACKUPS_SERVER)));
        Wait.until("the list is read", () -> backups.label(WidgetIds.BACKUPS_MESSAGE).startsWith("0 backups"),
                JOB_TIMEOUT);

        backups.press(WidgetIds.BACKUPS_CREATE);
        Wait.until("the new backup is listed", () -> backups.rows(WidgetIds.BACKUPS_TABLE).size() == 1, JOB_TIMEOUT);
        String backup = backups.rows(WidgetIds.BACKUPS_TABLE).get(0).get(1);
        try (ServerClient client = AdministrationFixture.headOfficeAsRoot()) {
            client.createDomain("Made after the backup", null, null);

            backups.clickRow(WidgetIds.BACKUPS_TABLE, backups.rows(WidgetIds.BACKUPS_TABLE).get(0).get(0));
            backups.press(WidgetIds.BACKUPS_RESTORE);
            String confirmation = backups.confirmationMessage();
            assertTrue(confirmation.contains(backup) && confirmation.contains("Everything changed since the backup"),
                    "the confirmation says which backup and what restoring does: " + confirmation);
            backups.confirmRestore();
            Wait.until("the restore is reported", () -> backups.label(WidgetIds.BACKUPS_MESSAGE)
                    .startsWith("Restored backup " + backup), JOB_TIMEOUT);
            List<String> domains = client.domains(null).stream().map(Domain::name).toList();
            assertFalse(domains.contains("Made after the backup"), "the restore undid the later change: " + domains);
            assertTrue(domains.containsAll(AdministrationFixture.DOMAINS));
        }
    }

    @Test
    @Order(6)
    void theDashboardCountsEachServersAgentsLiveAndInTotal() throws Exception {
        DashboardPart dashboard = parts.dashboard();
        int all = HEAD_OFFICE_AGENTS + REMOTE_SITE_AGENTS;
        Wait.until("each server's agents are counted by status", () -> {
            Map<String, Map<String, Integer>> status = dashboard.counts(WidgetIds.DASHBOARD_STATUS_CHART);
            return count(status, HEAD_OFFICE, "Offline") == HEAD_OFFICE_AGENTS
                    && online(status, REMOTE_SITE) == REMOTE_SITE_AGENTS
                    && online(status, "All servers") == REMOTE_SITE_AGENTS
                    && count(status, "All servers", "Offline") == HEAD_OFFICE_AGENTS;
        }, JOB_TIMEOUT);
        assertEquals(all, sum(dashboard.counts(WidgetIds.DASHBOARD_VERSION_CHART).get("All servers")),
                "every agent is counted once by its version");
        assertEquals(all, sum(dashboard.counts(WidgetIds.DASHBOARD_FRESHNESS_CHART).get("All servers")),
                "every agent is counted once by its components' freshness");
        assertEquals(HEAD_OFFICE_AGENTS, count(dashboard.counts(WidgetIds.DASHBOARD_FRESHNESS_CHART), HEAD_OFFICE,
                "Out of date"), "the head office's agents were found behind by the Components part");

        saveScreenshot("administration-dashboard.png");
        AdministrationFixture.stopRemoteFleet();
        Wait.until("the remote site's agents are counted offline", () -> {
            Map<String, Map<String, Integer>> status = dashboard.counts(WidgetIds.DASHBOARD_STATUS_CHART);
            return count(status, REMOTE_SITE, "Offline") == REMOTE_SITE_AGENTS
                    && count(status, "All servers", "Offline") == all && online(status, "All servers") == 0;
        }, JOB_TIMEOUT);
    }

    /** Saves the main window as the test sees it, for a person to look at the charts. */
    private static void saveScreenshot(String name) {
        Shell shell = Widgets.shell("Bulwark");
        UiThread.run(() -> {
            Rectangle bounds = shell.getBounds();
            Image image = new Image(shell.getDisplay(),
                    bounds.width, bounds.height);
            GC gc = new GC(shell.getDisplay());
            try {
                gc.copyArea(image, bounds.x, bounds.y);
                ImageLoader loader = new ImageLoader();
                loader.data = new ImageData[]{image.getImageData()};
                loader.save(Path.of("target", name).toString(), SWT.IMAGE_PNG);
            } finally {
                gc.dispose();
                image.dispose();
            }
        });
    }

    private static int online(Map<String, Map<String, Integer>> status, String series) {
        return count(status, series, "Online");
    }

    private static int count(Map<String, Map<String, Integer>> chart, String series, String category) {
        Map<String, Integer> counts = chart.get(series);
        return counts == null ? -1 : counts.getOrDefault(category, Integer.valueOf(-1)).intValue();
    }

    private static int sum(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static String serverAddress(String name) {
        ServersPart servers = ConsoleWindow.waitForIt().serversPart();
        return servers.addresses().get(servers.names().indexOf(name));
    }
}
