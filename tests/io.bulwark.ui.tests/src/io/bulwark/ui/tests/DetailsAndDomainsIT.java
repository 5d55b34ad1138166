package io.bulwark.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.event.KeyEvent;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Arrays;

import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestInstance;

import io.bulwark.client.AgentQuery;
import io.bulwark.client.Credentials;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.admin.GroupingRule;
import io.bulwark.protocol.settings.PolicySettings;
import io.bulwark.protocol.settings.SettingsScope;
import io.bulwark.test.driver.Input;
import io.bulwark.test.driver.UiThread;
import io.bulwark.test.driver.Wait;
import io.bulwark.test.driver.Widgets;
import io.bulwark.test.servers.TestServer;
import io.bulwark.ui.WidgetIds;
import io.bulwark.ui.tests.pages.ConsoleWindow;
import io.bulwark.ui.tests.pages.DetailsPart;
import io.bulwark.ui.tests.pages.DialogWindow;
import io.bulwark.ui.tests.pages.DomainTree;
import io.bulwark.ui.tests.pages.ServersPart;

/**
 * The Details part and the domain commands against two real servers with real agents ({@link LiveServersFixture}): an
 * agent's facts, inventory and settings with the scope each comes from; domains created, renamed and deleted through
 * the console and found so on the server; a non-empty domain that is not deleted; a grouping rule added in its dialog.
 * The test reads and prepares the server through its own client, as another administrator would.
 * <p>
 * Runs after {@link LiveServersTest} in the same console, since it changes the servers' domains.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(2)
@ExtendWith(ClosesDialogs.class)
class DetailsAndDomainsIT {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(60);
    private static final LiveServersFixture FIXTURE = LiveServersFixture.SMALL;
    private static final String SERVER = FIXTURE.names().get(0);

    private ServerClient client;
    private List<AgentSummary> agents;
    private final Widgets widgets = new Widgets(WidgetIds.KEY);
    private Input input;
    private DomainTree tree;

    @BeforeAll
    void connectToTheFirstServer() throws Exception {
        TestServer server = FIXTURE.servers().get(0);
        client = new ServerClient(ServerAddress.parse(server.uri().toString()),
                new Credentials("root", server.rootPassword().toCharArray()),
                CertificateFingerprint.parse(server.fingerprint()));
        Wait.until("the fleet registered its agents",
                () -> agentsOnServer().size() == FIXTURE.agents().get(0).intValue(),
                CONNECT_TIMEOUT);
        agents = agentsOnServer();
    }

    @AfterAll
    void closeClient() {
        if (client != null) {
            client.close();
        }
    }

    @BeforeEach
    void openWindow() {
        ConsoleWindow window = ConsoleWindow.waitForIt();
        ServersPart servers = window.serversPart();
        Wait.until("both servers are connected", () -> servers.connected(FIXTURE.names()), CONNECT_TIMEOUT);
        input = new Input();
        input.activate(window.shell());
        tree = new DomainTree(widgets, input);
    }

    @Test
    void selectingAnAgentShowsItsFactsInventoryAndSettingsWithTheirSource() throws Exception {
        AgentSummary agent = agents.get(0);
        Domain branch = client.createDomain("Branch", null, null);
        client.moveAgents(List.of(agent.id()), Long.valueOf(branch.id()), null, null);
        setScanMethod(SettingsScope.domain(branch.id()), PolicySettings.STANDARD_SCAN);

        tree.expand(serverRow(), "Branch");
        tree.click(serverRow(), "Branch", agent.hostName());

        DetailsPart details = new DetailsPart(widgets);
        Wait.until("the details show the agent with its inventory", () -> details.title().equals("Agent "
                + agent.hostName()) && details.row("Inventory / Hardware type").isPresent());
        assertEquals(agent.hostName(), value(details, "Facts / Host name"));
        assertEquals("Branch", value(details, "Facts / Domain"));
        assertEquals(SERVER, value(details, "Facts / Server"));
        assertFalse(value(details, "Inventory / Operating system").isBlank());
        assertEquals("Domain Branch", source(details, "Settings in effect / Scan method"));
        assertEquals("Standard scan", value(details, "Settings in effect / Scan method / Method"));
        assertEquals("Root", source(details, "Settings in effect / Privileges and other settings"));

        setScanMethod(SettingsScope.agent(agent.id().toString()), PolicySettings.SMART_SCAN);
        Wait.until("the agent's own scan method is shown as set by the agent",
                () -> details.row("Settings in effect / Scan method").map(DetailsPart.Row::source)
                        .equals(Optional.of("This agent"))
                        && details.row("Settings in effect / Scan method / Method").map(DetailsPart.Row::value)
                                .equals(Optional.of("Smart scan")));
    }

    @Test
    void selectingADomainOrAServerShowsItsFactsAndSettingsWithTheirSource() throws Exception {
        AgentSummary agent = agents.get(2);
        Domain sales = client.createDomain("Sales", null, null);
        client.moveAgents(List.of(agent.id()), Long.valueOf(sales.id()), null, null);
        setScanMethod(SettingsScope.domain(sales.id()), PolicySettings.STANDARD_SCAN);
        Wait.until("the tree shows Sales", () -> tree.shows(serverRow(), "Sales"));

        tree.click(serverRow(), "Sales");
        DetailsPart details = new DetailsPart(widgets);
        Wait.until("the details show the domain with its agent and its own scan method",
                () -> details.title().equals("Domain Sales")
                        && details.row("Facts / Agents in all").map(DetailsPart.Row::value).equals(Optional.of("1"))
                        && details.row("Settings in effect / Scan method").map(DetailsPart.Row::source)
                                .equals(Optional.of("This domain")));
        assertEquals(SERVER, value(details, "Facts / Server"));
        assertEquals("Root", source(details, "Settings in effect / Update settings"));

        tree.click(serverRow());
        Wait.until("the details show the server", () -> details.title().equals("Server " + SERVER));
        assertEquals(String.valueOf(FIXTURE.agents().get(0)), value(details, "Facts / Agents in all"));
        assertEquals("Root", source(details, "Settings in effect / Scan method"));
        assertTrue(details.row("Component versions").isPresent(), "the server's components are listed");
    }

    @Test
    void createsRenamesAndDeletesADomainThroughTheConsole() throws Exception {
        tree.click(serverRow());
        tree.press(KeyEvent.VK_D, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        DialogWindow create = DialogWindow.titled("New Domain", input);
        create.type("Lab");
        create.pressEnter();
        Wait.until("the server holds domain Lab", () -> domainNamed("Lab").isPresent());
        Wait.until("the tree shows Lab", () -> tree.shows(serverRow(), "Lab"));

        tree.click(serverRow());
        tree.press(KeyEvent.VK_D, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        DialogWindow duplicate = DialogWindow.titled("New Domain", input);
        duplicate.type("lab");
        Wait.until("a taken name is refused as it is typed", () -> !duplicate.okEnabled()
                && duplicate.texts().stream().anyMatch(text -> text.contains("already here")));
        duplicate.pressEscape();

        tree.click(serverRow(), "Lab");
        tree.pressF2();
        DialogWindow rename = DialogWindow.titled("Rename Domain", input);
        rename.type("Test lab");
        rename.pressEnter();
        Wait.until("the server holds the domain renamed",
                () -> domainNamed("Test lab").isPresent() && domainNamed("Lab").isEmpty());
        Wait.until("the tree shows the new name", () -> tree.shows(serverRow(), "Test lab"));

        tree.click(serverRow(), "Test lab");
        tree.press(KeyEvent.VK_DELETE, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        DialogWindow confirm = DialogWindow.titled("Delete Domain", input);
        confirm.pressEnter();
        Wait.until("the server no longer holds the domain", () -> domainNamed("Test lab").isEmpty());
        Wait.until("the tree no longer shows it", () -> !tree.shows(serverRow(), "Test lab"));
    }

    @Test
    void deletingADomainThatHoldsAnAgentIsRefusedAndChangesNothing() throws Exception {
        AgentSummary agent = agents.get(1);
        Domain occupied = client.createDomain("Occupied", null, null);
        client.moveAgents(List.of(agent.id()), Long.valueOf(occupied.id()), null, null);
        tree.expand(serverRow(), "Occupied");
        Wait.until("the tree shows the agent in the domain",
                () -> tree.shows(serverRow(), "Occupied", agent.hostName()));

        tree.click(serverRow(), "Occupied");
        tree.press(KeyEvent.VK_DELETE, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        DialogWindow refused = DialogWindow.titled("Domain Not Empty", input);
        assertTrue(refused.texts().stream().anyMatch(text -> text.contains("still holds 1 agents")
                && text.contains("Move them")), String.join("\n", refused.texts()));
        refused.pressEnter();

        assertTrue(domainNamed("Occupied").isPresent(), "the domain is still on the server");
        assertEquals(1, client.agents(AgentQuery.inDomain(occupied.id()), null, null).items().size());
    }

    @Test
    void aDomainEmptiedAfterItsAgentsWereCountedIsDeleted() throws Exception {
        AgentSummary agent = agents.get(3);
        Domain emptied = client.createDomain("Emptied", null, null);
        client.moveAgents(List.of(agent.id()), Long.valueOf(emptied.id()), null, null);
        // another domain made: the console reads every domain again, counting the agent in Emptied
        client.createDomain("Made after the move", null, null);
        tree.expand(serverRow(), "Emptied");
        Wait.until("the tree shows the agent in the domain and the domain made after",
                () -> tree.shows(serverRow(), "Emptied", agent.hostName())
                        && tree.shows(serverRow(), "Made after the move"));

        client.moveAgents(List.of(agent.id()), null, null, null);
        Wait.until("the tree shows the agent out of the domain",
                () -> !tree.shows(serverRow(), "Emptied", agent.hostName()));
        tree.click(serverRow(), "Emptied");
        tree.press(KeyEvent.VK_DELETE, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        DialogWindow confirm = DialogWindow.titled("Delete Domain", input);
        confirm.pressEnter();
        Wait.until("the server no longer holds the domain", () -> domainNamed("Emptied").isEmpty());
    }

    @Test
    void aGroupingRuleAddedInTheDialogIsOnTheServer() throws Exception {
        Domain target = client.createDomain("Rule target", null, null);
        Wait.until("the tree shows the domain", () -> tree.shows(serverRow(), "Rule target"));
        tree.click(serverRow(), "Rule target");
        tree.press(KeyEvent.VK_G, KeyEvent.VK_CONTROL, KeyEvent.VK_SHIFT);
        DialogWindow rules = DialogWindow.titled("Grouping Rules of " + SERVER, input);
        rules.click(widgets.byId(Button.class, WidgetIds.GROUPING_RULES_ADD));
        DialogWindow rule = DialogWindow.titled("New Grouping Rule", input);
        rule.click(widgets.byId(Text.class, WidgetIds.GROUPING_RULE_RANGE_TEXT));
        rule.type("10.77.0.0/16");
        rule.pressEnter();

        Wait.until("the server holds the rule for the domain", () -> rulesOnServer().stream()
                .anyMatch(each -> each.ipRange().equals("10.77.0.0/16") && each.domainId().longValue() == target.id()));
        Wait.until("the dialog lists it", () -> tableShows("10.77.0.0/16"));
        rules.pressEscape();
    }

    private boolean tableShows(String range) {
        Table table = widgets.byId(Table.class, WidgetIds.GROUPING_RULES_TABLE);
        return UiThread.call(() -> Arrays.stream(table.getItems())
                .anyMatch(item -> item.getText(1).equals(range)));
    }

    private static String serverRow() {
        return SERVER;
    }

    private void setScanMethod(SettingsScope scope, String method) throws ServerException {
        String etag = client.policy(scope, null).etag();
        client.putPolicy(scope, new PolicySettings(method, null, null, null, null, null, null, null), etag, null);
    }

    private List<AgentSummary> agentsOnServer() {
        try {
            return client.agents(AgentQuery.all(), null, null).items();
        } catch (ServerException e) {
            throw new AssertionError("Could not list the agents of " + SERVER, e);
        }
    }

    private Optional<Domain> domainNamed(String name) {
        try {
            return client.domains(null).stream().filter(domain -> domain.name().equals(name)).findFirst();
        } catch (ServerException e) {
            throw new AssertionError("Could not list the domains of " + SERVER, e);
        }
    }

    private List<GroupingRule> rulesOnServer() {
        try {
            return client.groupingRules().list(null);
        } catch (ServerException e) {
            throw new AssertionError("Could not list the grouping rules of " + SERVER, e);
        }
    }

    private static String value(DetailsPart details, String path) {
        return details.row(path).orElseThrow(() -> new AssertionError("no row " + path + " in " + details.rows()))
                .value();
    }

    private static String source(DetailsPart details, String path) {
        return details.row(path).orElseThrow(() -> new AssertionError("no row " + path + " in " + details.rows()))
                .source();
    }
}
