package io.bulwark.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.tree.AgentFilter;
import io.bulwark.model.tree.AgentRange;
import io.bulwark.model.tree.FilteredAgentTree;

class FilteredAgentTreeTest {

    private static AgentTree sample() {
        AgentTree tree = Trees.tree();
        Domain sales = Trees.domain(1, "Sales");
        Domain berlin = Trees.domain(2, "Berlin");
        Domain empty = Trees.domain(3, "Archive");
        sales.getDomains().add(berlin);
        tree.getDomains().add(sales);
        tree.getDomains().add(empty);
        berlin.getAgents().add(Trees.agent("a1", "ws-b"));
        berlin.getAgents().add(Trees.agent("a2", "lt-a"));
        sales.getAgents().add(Trees.agent("a3", "srv-1"));
        tree.getAgents().add(Trees.agent("a4", "ws-root"));
        return tree;
    }

    private static List<String> names(List<Object> children) {
        return children.stream().map(child -> child instanceof Domain domain
                ? domain.getName()
                : child instanceof Agent agent ? agent.getHostName() : child.toString()).toList();
    }

    @Test
    void showsEverythingSortedWithoutAFilter() {
        AgentTree tree = sample();
        FilteredAgentTree shown = FilteredAgentTree.of(tree, AgentFilter.ALL);
        assertEquals(List.of("Archive", "Sales", "ws-root"), names(shown.children(tree)));
        Domain sales = tree.getDomains().get(0);
        assertEquals(List.of("Berlin", "srv-1"), names(shown.children(sales)));
        assertEquals(List.of("lt-a", "ws-b"), names(shown.children(sales.getDomains().get(0))));
        assertEquals(4, shown.matchCount());
    }

    @Test
    void showsOnlyMatchesAndTheDomainsAboveThem() {
        AgentTree tree = sample();
        FilteredAgentTree shown = FilteredAgentTree.of(tree, AgentFilter.parse("ws"));
        Domain sales = tree.getDomains().get(0);
        assertEquals(List.of("Sales", "ws-root"), names(shown.children(tree)));
        assertEquals(List.of("Berlin"), names(shown.children(sales)));
        assertEquals(List.of("ws-b"), names(shown.children(sales.getDomains().get(0))));
        assertFalse(shown.shows(tree.getDomains().get(1)));
        assertEquals(2, shown.matchCount());
    }

    @Test
    void aFilterThatMatchesNothingShowsNothing() {
        AgentTree tree = sample();
        FilteredAgentTree shown = FilteredAgentTree.of(tree, AgentFilter.parse("nothing-like-this"));
        assertTrue(shown.children(tree).isEmpty());
        assertFalse(shown.hasChildren(tree));
        assertEquals(0, shown.matchCount());
    }

    @Test
    void bucketsALevelWithMoreAgentsThanTheBucketSize() {
        AgentTree tree = Trees.tree();
        for (int i = 24; i >= 0; i--) {
            tree.getAgents().add(Trees.agent("a" + i, String.format("host-%05d", Integer.valueOf(i)))); //$NON-NLS-1$
        }
        FilteredAgentTree shown = FilteredAgentTree.of(tree, AgentFilter.ALL, 10);
        List<Object> ranges = shown.children(tree);
        assertEquals(3, ranges.size());
        AgentRange first = (AgentRange) ranges.get(0);
        assertEquals("host-00000", first.firstHostName());
        assertEquals("host-00009", first.lastHostName());
        assertEquals(10, shown.children(first).size());
        AgentRange last = (AgentRange) ranges.get(2);
        assertEquals("host-00020", last.firstHostName());
        assertEquals("host-00024", last.lastHostName());
        assertEquals(first, FilteredAgentTree.of(tree, AgentFilter.parse("host"), 10).children(tree).get(0),
                "a rebuilt snapshot knows the same range, so the viewer keeps it open");
    }

    @Test
    void aFilterThatLeavesFewAgentsShowsThemWithoutRanges() {
        AgentTree tree = Trees.tree();
        for (int i = 0; i < 25; i++) {
            tree.getAgents().add(Trees.agent("a" + i, String.format("host-%05d", Integer.valueOf(i)))); //$NON-NLS-1$
        }
        FilteredAgentTree shown = FilteredAgentTree.of(tree, AgentFilter.parse("host-0001"), 10);
        assertEquals(10, shown.children(tree).size());
        assertTrue(shown.children(tree).get(0) instanceof Agent);
    }
}
