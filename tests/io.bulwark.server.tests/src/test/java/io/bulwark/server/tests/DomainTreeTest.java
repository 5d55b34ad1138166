package io.bulwark.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.protocol.admin.DomainRequest;
import io.bulwark.protocol.admin.GroupingRule;
import io.bulwark.server.tests.AdminSession.Reply;

/**
 * The domain tree and the grouping rules, against a real server on H2 and on PostgreSQL.
 */
class DomainTreeTest {

    @Nested
    class OnH2 extends Contract {
        OnH2() {
            super(Storage.H2);
        }
    }

    @Nested
    class OnPostgresql extends Contract {
        OnPostgresql() {
            super(Storage.POSTGRESQL);
        }
    }

    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class Contract {

        private final Storage storage;
        private TestDatabase database;
        private ServerProcess server;
        private AdminSession root;

        Contract(Storage storage) {
            this.storage = storage;
        }

        @BeforeAll
        void start(@TempDir Path data) throws Exception {
            database = TestDatabase.create(storage);
            server = ServerProcess.start(data, database, "--root-password", "domain-tests");
            root = AdminSession.login(server, "root", "domain-tests");
        }

        @AfterAll
        void stop() throws Exception {
            Fixtures.closeAll(root, server, database);
        }

        @Test
        void domainsNestAndListParentsFirst() throws Exception {
            Domain sites = create("Sites", null);
            Domain seoul = create("Seoul", sites.id());
            Domain floor = create("Floor 3", seoul.id());

            List<Domain> all = List.of(root.get("/api/v1/domains").as(Domain[].class));
            assertTrue(all.indexOf(find(all, sites.id())) < all.indexOf(find(all, seoul.id())));
            assertTrue(all.indexOf(find(all, seoul.id())) < all.indexOf(find(all, floor.id())));
            assertNull(find(all, sites.id()).parentId());
            assertEquals(Long.valueOf(seoul.id()), find(all, floor.id()).parentId());
            assertEquals(floor, root.get("/api/v1/domains/" + floor.id()).as(Domain.class));
        }

        @Test
        void siblingNamesAreUniqueRegardlessOfCaseButCousinsMayShareThem() throws Exception {
            Domain a = create("Region A", null);
            Domain b = create("Region B", null);
            create("Servers", a.id());
            create("Servers", b.id());

            Reply clash = root.post("/api/v1/domains", new DomainRequest("SERVERS", Long.valueOf(a.id()), null));
            assertEquals(409, clash.status());
            assertEquals(ErrorCodes.CONFLICT, clash.error().error());
        }

        @Test
        void renameAndMoveKeepTheTreeATree() throws Exception {
            Domain parent = create("Parent", null);
            Domain child = create("Child", parent.id());
            Domain other = create("Other", null);

            Domain renamed = root.send("PATCH", "/api/v1/domains/" + child.id(),
                    new DomainRequest("Renamed child", null, null)).as(Domain.class);
            assertEquals("Renamed child", renamed.name());
            assertEquals(Long.valueOf(parent.id()), renamed.parentId());

            Domain moved = root.send("PATCH", "/api/v1/domains/" + child.id(),
                    new DomainRequest(null, Long.valueOf(other.id()), null)).as(Domain.class);
            assertEquals(Long.valueOf(other.id()), moved.parentId());

            Reply cycle = root.send("PATCH", "/api/v1/domains/" + other.id(),
                    new DomainRequest(null, Long.valueOf(child.id()), null));
            assertEquals(400, cycle.status());
            assertEquals("parentId", cycle.error().details().get("field"));

            Domain top = root
                    .send("PATCH", "/api/v1/domains/" + child.id(), new DomainRequest(null, null, Boolean.TRUE))
                    .as(Domain.class);
            assertNull(top.parentId());
        }

        @Test
        void aDomainIsDeletedOnlyWhenNothingIsInItOrPointsAtIt() throws Exception {
            Domain outer = create("Outer", null);
            Domain inner = create("Inner", outer.id());

            Reply notEmpty = root.send("DELETE", "/api/v1/domains/" + outer.id(), null);
            assertEquals(409, notEmpty.status());
            assertTrue(notEmpty.error().message().contains("not empty"), notEmpty.error().message());

            GroupingRule rule = root.post("/api/v1/grouping-rules",
                    new GroupingRule(null, "192.0.2.0/24", Long.valueOf(inner.id()), null)).as(GroupingRule.class);
            assertEquals(409, root.send("DELETE", "/api/v1/domains/" + inner.id(), null).status());

            assertEquals(204, root.send("DELETE", "/api/v1/grouping-rules/" + rule.id(), null).status());
            assertEquals(204, root.send("DELETE", "/api/v1/domains/" + inner.id(), null).status());
            assertEquals(204, root.send("DELETE", "/api/v1/domains/" + outer.id(), null).status());
            assertEquals(404, root.get("/api/v1/domains/" + outer.id()).status());
        }

        @Test
        void badNamesAndParentsAreRefusedAndChangeNothing() throws Exception {
            int before = root.get("/api/v1/domains").as(Domain[].class).length;
            for (String bad : new String[]{"", "  padded ", "a/b", "x".repeat(65), "tab\there"}) {
                Reply refused = root.post("/api/v1/domains", new DomainRequest(bad, null, null));
                assertEquals(400, refused.status(), bad);
                assertEquals("name", refused.error().details().get("field"), bad);
            }
            assertEquals(404, root.post("/api/v1/domains", new DomainRequest("Orphan", Long.valueOf(999_999), null))
                    .status());
            assertEquals(before, root.get("/api/v1/domains").as(Domain[].class).length);
        }

        @Test
        void groupingRulesTakeIpv4AndIpv6RangesInOrder() throws Exception {
            Domain lan = create("LAN", null);
            Domain v6 = create("IPv6 lab", null);
            GroupingRule first = root.post("/api/v1/grouping-rules",
                    new GroupingRule(null, "10.20.0.0/16", Long.valueOf(lan.id()), null)).as(GroupingRule.class);
            GroupingRule second = root.post("/api/v1/grouping-rules",
                    new GroupingRule(null, "fd00:20::/32", Long.valueOf(v6.id()), null)).as(GroupingRule.class);
            GroupingRule third = root.post("/api/v1/grouping-rules",
                    new GroupingRule(null, "10.30.0.1-10.30.0.99", Long.valueOf(lan.id()), null))
                    .as(GroupingRule.class);
            assertTrue(first.position() < second.position() && second.position() < third.position());

            for (String bad : new String[]{"10.0.0.0/33", "10.0.0.1/8", "10.0.0.9-10.0.0.1", "host.example",
                    "fd00::/129", "10.0.0.1-fd00::1"}) {
                Reply refused = root.post("/api/v1/grouping-rules",
                        new GroupingRule(null, bad, Long.valueOf(lan.id()), null));
                assertEquals(400, refused.status(), bad);
                assertEquals("ipRange", refused.error().details().get("field"), bad);
            }
            assertEquals(400, root.post("/api/v1/grouping-rules",
                    new GroupingRule(null, "10.40.0.0/16", Long.valueOf(999_999), null)).status());

            GroupingRule moved = root.send("PUT", "/api/v1/grouping-rules/" + third.id(),
                    new GroupingRule(null, "10.30.0.0/24", Long.valueOf(lan.id()), Integer.valueOf(1)))
                    .as(GroupingRule.class);
            assertEquals("10.30.0.0/24", moved.ipRange());
            List<GroupingRule> rules = List.of(root.get("/api/v1/grouping-rules").as(GroupingRule[].class));
            assertEquals(third.id(), rules.get(0).id(), "position 1 comes first");
        }

        private Domain create(String name, Long parentId) throws Exception {
            Reply reply = root.post("/api/v1/domains", new DomainRequest(name, parentId, null));
            assertEquals(201, reply.status(), reply.body());
            return reply.as(Domain.class);
        }

        private Domain create(String name, long parentId) throws Exception {
            return create(name, Long.valueOf(parentId));
        }

        private static Domain find(List<Domain> all, long id) {
            return all.stream().filter(d -> d.id() == id).findFirst().orElseThrow();
        }
    }
}
