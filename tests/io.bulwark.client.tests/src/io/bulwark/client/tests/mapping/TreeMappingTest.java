package io.bulwark.client.tests.mapping;

import static io.bulwark.client.tests.mapping.Wire.domain;
import static io.bulwark.client.tests.mapping.Wire.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.bulwark.client.internal.mapping.AgentMapping;
import io.bulwark.client.internal.mapping.TreeMapping;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.GroupingRule;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.tree.AgentTreeIndex;
import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.admin.DomainRequest;

class TreeMappingTest {

    private AgentTree tree;
    private AgentTreeIndex index;

    @BeforeEach
    void setUp() {
        tree = ModelFactory.eINSTANCE.createAgentTree();
        index = AgentTreeIndex.of(tree);
    }

    @Test
    void buildsTheNestedTreeFromTheFlatList() {
        // children before their parents: the list's order does not matter
        TreeMapping.applyDomains(tree, List.of(domain(3, in(2), "Berlin"), domain(2, in(1), "Germany"),
                domain(1, null, "Europe"), domain(4, null, "Asia")));

        assertEquals(List.of("Europe", "Asia"), tree.getDomains().stream().map(Domain::getName).toList());
        Domain europe = tree.getDomains().get(0);
        assertEquals("Germany", europe.getDomains().get(0).getName());
        assertEquals("Berlin", europe.getDomains().get(0).getDomains().get(0).getName());
        assertSame(europe.getDomains().get(0).getDomains().get(0), index.domain(3));
    }

    @Test
    void reapplyingKeepsEveryDomainAndSendsNoNotifications() {
        var wire = List.of(domain(1, null, "Europe"), domain(2, in(1), "Germany"), domain(3, null, "Asia"));
        TreeMapping.applyDomains(tree, wire);
        Domain europe = index.domain(1);
        Domain germany = index.domain(2);
        List<Notification> notifications = record(tree);

        TreeMapping.applyDomains(tree, wire);

        assertSame(europe, index.domain(1));
        assertSame(germany, index.domain(2));
        assertEquals(List.of(), notifications, "nothing changed, so nothing was announced");
    }

    @Test
    void updatesRenamedAndMovedDomainsInPlace() {
        TreeMapping.applyDomains(tree, List.of(domain(1, null, "Europe"), domain(2, in(1), "Germany"),
                domain(3, null, "Asia"), domain(4, in(2), "Berlin")));
        Domain germany = index.domain(2);
        Domain berlin = index.domain(4);

        // Germany moves under Asia and is renamed; Europe becomes a child of Berlin (parent and child swap places)
        TreeMapping.applyDomains(tree, List.of(domain(1, in(4), "Europe"), domain(2, in(3), "Deutschland"),
                domain(3, null, "Asia"), domain(4, in(2), "Berlin")));

        assertSame(germany, index.domain(2));
        assertEquals("Deutschland", germany.getName());
        assertSame(index.domain(3), germany.eContainer());
        assertSame(berlin, index.domain(4));
        assertSame(germany, berlin.eContainer());
        assertSame(berlin, index.domain(1).eContainer());
        assertEquals(List.of(index.domain(3)), tree.getDomains());
    }

    @Test
    void removesDomainsTheServerNoLongerLists() {
        TreeMapping.applyDomains(tree,
                List.of(domain(1, null, "Europe"), domain(2, in(1), "Germany"), domain(3, in(2), "Berlin")));
        Domain germany = index.domain(2);
        Domain berlin = index.domain(3);

        // Germany is deleted; Berlin, which the server moved to Europe first, stays
        TreeMapping.applyDomains(tree, List.of(domain(1, null, "Europe"), domain(3, in(1), "Berlin")));

        assertNull(index.domain(2));
        assertNull(germany.eContainer());
        assertSame(berlin, index.domain(3));
        assertEquals(List.of(berlin), index.domain(1).getDomains());
    }

    @Test
    void aListThatIsNoTreeChangesNothing() {
        TreeMapping.applyDomains(tree, List.of(domain(1, null, "Europe")));
        Domain europe = index.domain(1);

        WireFormatException unknownParent = assertThrows(WireFormatException.class,
                () -> TreeMapping.applyDomains(tree, List.of(domain(1, null, "EMEA"), domain(2, in(9), "Lost"))));
        WireFormatException cycle = assertThrows(WireFormatException.class, () -> TreeMapping.applyDomains(tree,
                List.of(domain(1, in(3), "EMEA"), domain(2, in(1), "A"), domain(3, in(2), "B"))));
        assertThrows(WireFormatException.class,
                () -> TreeMapping.applyDomains(tree, List.of(domain(1, null, "EMEA"), domain(1, null, "Twice"))));

        assertEquals("The server's domain list places domain 2 ('Lost') in domain 9, which is not in the list. "
                + "Nothing was changed; reload the server.", unknownParent.getMessage());
        assertTrue(cycle.getMessage().contains("nests domain"), cycle.getMessage());
        assertEquals("Europe", europe.getName());
        assertEquals(List.of(europe), tree.getDomains());
        assertNull(index.domain(2));
    }

    @Test
    void groupingRulesLandInTheirDomainsAndFollowTheServer() {
        TreeMapping.applyDomains(tree, List.of(domain(1, null, "Office"), domain(2, null, "Remote")));
        TreeMapping.applyGroupingRules(tree, List.of(rule(10, "10.1.0.0/16", 1, 1), rule(11, "fd00::/8", 2, 2)));
        GroupingRule office = index.domain(1).getGroupingRules().get(0);

        TreeMapping.applyGroupingRules(tree, List.of(rule(10, "10.2.0.0/16", 2, 1)));

        assertSame(office, index.domain(2).getGroupingRules().get(0), "the rule kept its identity");
        assertEquals("10.2.0.0/16", office.getIpRange());
        assertEquals(List.of(), index.domain(1).getGroupingRules());
        assertEquals(1, index.domain(2).getGroupingRules().size(), "the deleted rule is gone");
        assertThrows(WireFormatException.class,
                () -> TreeMapping.applyGroupingRules(tree, List.of(rule(12, "10.9.0.0/16", 99, 3))));
    }

    @Test
    void domainsMapToTheRequestsThatCreateAndMoveThem() {
        TreeMapping.applyDomains(tree, List.of(domain(1, null, "Europe"), domain(2, null, "Asia")));
        Domain fresh = ModelFactory.eINSTANCE.createDomain();
        fresh.setName("Berlin");
        index.domain(1).getDomains().add(fresh);

        assertEquals(new DomainRequest("Berlin", in(1), null), TreeMapping.toCreateRequest(fresh));
        assertEquals(new DomainRequest("Asia", null, Boolean.TRUE), TreeMapping.toUpdateRequest(index.domain(2)));
        assertEquals(new DomainRequest("Berlin", in(1), null), TreeMapping.toUpdateRequest(fresh));
    }

    @Test
    void agentsKeepTheirDomainWhenTheDomainMoves() {
        TreeMapping.applyDomains(tree, List.of(domain(1, null, "Europe"), domain(2, null, "Berlin")));
        AgentMapping.applyAgents(tree, List.of(Wire.agent(1, in(2), "online")));

        TreeMapping.applyDomains(tree, List.of(domain(1, null, "Europe"), domain(2, in(1), "Berlin")));

        assertSame(index.domain(2), index.agent(Wire.id(1).toString()).eContainer());
    }

    private static io.bulwark.protocol.admin.GroupingRule rule(long id, String range, long domainId, int position) {
        return new io.bulwark.protocol.admin.GroupingRule(Long.valueOf(id), range, Long.valueOf(domainId),
                Integer.valueOf(position));
    }

    /** Records every notification from the tree and everything in it. */
    static List<Notification> record(AgentTree tree) {
        List<Notification> notifications = new ArrayList<>();
        tree.eAdapters().add(new EContentAdapter() {
            @Override
            public void notifyChanged(Notification notification) {
                super.notifyChanged(notification);
                if (!notification.isTouch() && notification.getEventType() != Notification.REMOVING_ADAPTER) {
                    notifications.add(notification);
                }
            }
        });
        return notifications;
    }
}
