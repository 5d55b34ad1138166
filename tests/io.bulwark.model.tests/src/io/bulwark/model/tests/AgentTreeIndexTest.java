package io.bulwark.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.tree.AgentTreeIndex;

class AgentTreeIndexTest {

    @Test
    void indexesWhatTheTreeHeldBeforeAndWhatIsAddedLater() {
        AgentTree tree = Trees.tree();
        Domain europe = Trees.domain(1, "Europe");
        Agent early = Trees.agent("a1", "pc-1");
        europe.getAgents().add(early);
        tree.getDomains().add(europe);
        AgentTreeIndex index = AgentTreeIndex.of(tree);

        Domain berlin = Trees.domain(2, "Berlin");
        Agent late = Trees.agent("a2", "pc-2");
        berlin.getAgents().add(late);
        europe.getDomains().add(berlin);
        Agent atRoot = Trees.agent("a3", "pc-3");
        tree.getAgents().add(atRoot);

        assertSame(early, index.agent("a1"));
        assertSame(late, index.agent("a2"));
        assertSame(atRoot, index.agent("a3"));
        assertSame(berlin, index.domain(2));
        assertEquals(3, index.agentCount());
        assertSame(index, AgentTreeIndex.of(tree), "a tree has one index");
    }

    @Test
    void forgetsRemovedAgentsAndWholeRemovedDomains() {
        AgentTree tree = Trees.tree();
        AgentTreeIndex index = AgentTreeIndex.of(tree);
        Domain europe = Trees.domain(1, "Europe");
        Domain berlin = Trees.domain(2, "Berlin");
        europe.getDomains().add(berlin);
        berlin.getAgents().add(Trees.agent("a1", "pc-1"));
        Agent kept = Trees.agent("a2", "pc-2");
        tree.getAgents().add(kept);
        Agent removed = Trees.agent("a3", "pc-3");
        tree.getAgents().add(removed);
        tree.getDomains().add(europe);

        tree.getAgents().remove(removed);
        EcoreUtil.remove(europe);

        assertNull(index.agent("a3"));
        assertNull(index.agent("a1"));
        assertNull(index.domain(1));
        assertNull(index.domain(2));
        assertSame(kept, index.agent("a2"));
        assertEquals(1, index.agentCount());
        assertEquals(List.of(), berlin.getAgents().get(0).eAdapters(), "a removed agent keeps no index adapter");
    }

    @Test
    void followsAgentsAndDomainsMovedWithinTheTree() {
        AgentTree tree = Trees.tree();
        Domain from = Trees.domain(1, "From");
        Domain to = Trees.domain(2, "To");
        tree.getDomains().add(from);
        tree.getDomains().add(to);
        Agent agent = Trees.agent("a1", "pc-1");
        from.getAgents().add(agent);
        Domain nested = Trees.domain(3, "Nested");
        nested.getAgents().add(Trees.agent("a2", "pc-2"));
        from.getDomains().add(nested);
        AgentTreeIndex index = AgentTreeIndex.of(tree);

        to.getAgents().add(agent);
        to.getDomains().add(nested);
        tree.getDomains().add(nested);

        assertSame(agent, index.agent("a1"));
        assertSame(to, index.agent("a1").eContainer());
        assertSame(nested, index.domain(3));
        assertSame(tree, index.domain(3).eContainer());
        assertEquals("pc-2", index.agent("a2").getHostName());
        assertEquals(2, index.agentCount());
    }

    @Test
    void followsChangedIds() {
        AgentTree tree = Trees.tree();
        AgentTreeIndex index = AgentTreeIndex.of(tree);
        Agent agent = Trees.agent(null, "pc-1");
        tree.getAgents().add(agent);
        Domain domain = Trees.domain(0, "New");
        tree.getDomains().add(domain);

        agent.setId("a1");
        domain.setId(7);

        assertSame(agent, index.agent("a1"));
        assertSame(domain, index.domain(7));
        assertNull(index.domain(0), "a domain the server has not created is not indexed");

        agent.setId("a2");
        assertNull(index.agent("a1"));
        assertSame(agent, index.agent("a2"));
    }

    @Test
    void followsManyAgentsAddedAndClearedAtOnce() {
        AgentTree tree = Trees.tree();
        AgentTreeIndex index = AgentTreeIndex.of(tree);
        Domain domain = Trees.domain(1, "Big");
        tree.getDomains().add(domain);
        List<Agent> agents = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            agents.add(Trees.agent("a" + i, "pc-" + i));
        }

        domain.getAgents().addAll(agents);
        assertEquals(1000, index.agentCount());
        assertSame(agents.get(999), index.agent("a999"));

        domain.getAgents().clear();
        assertEquals(0, index.agentCount());
    }
}
