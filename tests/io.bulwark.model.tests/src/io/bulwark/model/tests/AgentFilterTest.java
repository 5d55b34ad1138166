package io.bulwark.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentStatus;
import io.bulwark.model.ComponentVersion;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.tree.AgentFilter;
import io.bulwark.model.tree.AgentFilterException;
import io.bulwark.model.tree.ComponentFreshness;

class AgentFilterTest {

    private static Agent agent(String host, String ip, String os, AgentStatus status) {
        Agent agent = Trees.agent(host, host);
        agent.setIpAddress(ip);
        agent.setOperatingSystem(os);
        agent.setStatus(status);
        return agent;
    }

    private static ComponentVersion component(String name, String version) {
        ComponentVersion component = ModelFactory.eINSTANCE.createComponentVersion();
        component.setName(name);
        component.setVersion(version);
        return component;
    }

    @Test
    void plainTextMatchesHostNameAddressOrSystemIgnoringCase() {
        Agent laptop = agent("LT-Berlin-7", "10.1.2.3", "Windows 11", AgentStatus.ONLINE);
        assertTrue(AgentFilter.parse("berlin").test(laptop, null));
        assertTrue(AgentFilter.parse("10.1.2").test(laptop, null));
        assertTrue(AgentFilter.parse("WINDOWS").test(laptop, null));
        assertFalse(AgentFilter.parse("paris").test(laptop, null));
    }

    @Test
    void everyTermMustMatchAndMinusNegates() {
        Agent laptop = agent("lt-berlin-7", "10.1.2.3", "Windows 11", AgentStatus.OFFLINE);
        assertTrue(AgentFilter.parse("  lt  status:offline ").test(laptop, null));
        assertFalse(AgentFilter.parse("lt status:online").test(laptop, null));
        assertFalse(AgentFilter.parse("-status:offline").test(laptop, null));
        assertTrue(AgentFilter.parse("host:berlin ip:10.1 os:windows").test(laptop, null));
        assertFalse(AgentFilter.parse("host:10.1").test(laptop, null));
    }

    @Test
    void blankShowsEveryAgent() {
        assertSame(AgentFilter.ALL, AgentFilter.parse("   "));
        assertTrue(AgentFilter.ALL.showsAll());
        assertFalse(AgentFilter.ALL.updateAgentsOnly(true).showsAll());
    }

    @Test
    void updateAgentsOnlyKeepsUpdateAgents() {
        Agent peer = agent("ws-1", "10.0.0.1", "Windows 10", AgentStatus.ONLINE);
        Agent updateAgent = agent("ws-2", "10.0.0.2", "Windows 10", AgentStatus.ONLINE);
        updateAgent.setUpdateAgent(true);
        AgentFilter filter = AgentFilter.parse("ws").updateAgentsOnly(true);
        assertFalse(filter.test(peer, null));
        assertTrue(filter.test(updateAgent, null));
        assertTrue(AgentFilter.parse("is:update-agent").test(updateAgent, null));
    }

    @Test
    void outdatedComparesWithTheServersComponents() {
        ManagementServer server = ModelFactory.eINSTANCE.createManagementServer();
        server.getComponents().add(component("virus-pattern", "18541"));
        Agent behind = agent("ws-1", "10.0.0.1", "Windows 10", AgentStatus.ONLINE);
        behind.getComponentVersions().add(component("virus-pattern", "18540"));
        Agent current = agent("ws-2", "10.0.0.2", "Windows 10", AgentStatus.ONLINE);
        current.getComponentVersions().add(component("virus-pattern", "18541"));
        assertTrue(ComponentFreshness.isOutdated(behind, server));
        assertFalse(ComponentFreshness.isOutdated(current, server));
        assertTrue(AgentFilter.parse("is:outdated").test(behind, server));
        assertFalse(AgentFilter.parse("is:outdated").test(current, server));
    }

    @Test
    void versionsCompareNumericallyPartByPart() {
        assertTrue(ComponentFreshness.compare("12.0.1876", "14.0.2049") < 0);
        assertTrue(ComponentFreshness.compare("9", "10") < 0);
        assertEquals(0, ComponentFreshness.compare("1.0", "1"));
        assertTrue(ComponentFreshness.compare(null, "1") < 0);
    }

    @Test
    void unreadableTermsAreNamed() {
        AgentFilterException field = assertThrows(AgentFilterException.class, () -> AgentFilter.parse("ws color:red"));
        assertEquals(AgentFilterException.Reason.UNKNOWN_FIELD, field.reason());
        assertEquals("color:red", field.term());
        assertEquals(AgentFilterException.Reason.UNKNOWN_STATUS,
                assertThrows(AgentFilterException.class, () -> AgentFilter.parse("status:asleep")).reason());
        assertEquals(AgentFilterException.Reason.UNKNOWN_PROPERTY,
                assertThrows(AgentFilterException.class, () -> AgentFilter.parse("is:green")).reason());
        assertEquals(AgentFilterException.Reason.EMPTY_VALUE,
                assertThrows(AgentFilterException.class, () -> AgentFilter.parse("os:")).reason());
    }
}
