package io.bulwark.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.GroupingRule;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.ModelPackage;
import io.bulwark.model.ServerCertificate;
import io.bulwark.model.validation.ModelDiagnostician;
import io.bulwark.model.validation.TreeValidator;

class TreeValidatorTest {

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;
    private static final ModelDiagnostician DIAGNOSTICIAN = ModelDiagnostician.INSTANCE;
    private static final Instant ISSUED = Instant.parse("2026-03-01T09:00:00Z");

    @Test
    void aTreeWithDistinctValidNamesIsValid() {
        AgentTree tree = Trees.tree();
        Domain europe = Trees.domain(1, "Europe");
        europe.getDomains().add(Trees.domain(2, "Berlin"));
        europe.getDomains().add(Trees.domain(3, "Paris"));
        tree.getDomains().add(europe);
        tree.getDomains().add(Trees.domain(4, "Berlin"));
        europe.getAgents().add(Trees.agent("a1", "pc-1"));

        assertEquals(List.of(), DIAGNOSTICIAN.problems(tree));
        assertEquals(Diagnostic.OK, DIAGNOSTICIAN.check(tree).getSeverity());
    }

    @Test
    void siblingDomainsDifferingOnlyInCaseAreReported() {
        AgentTree tree = Trees.tree();
        Domain europe = Trees.domain(1, "Europe");
        Domain berlin = Trees.domain(2, "Berlin");
        Domain duplicate = Trees.domain(3, "BERLIN");
        europe.getDomains().add(berlin);
        europe.getDomains().add(duplicate);
        tree.getDomains().add(europe);

        Diagnostic problem = single(tree, TreeValidator.DUPLICATE_DOMAIN_NAME);

        assertPointsAt(problem, duplicate, ModelPackage.Literals.DOMAIN__NAME);
        assertEquals("domain 'BERLIN' has the same name as domain 'Berlin' in domain 'Europe'. Sibling domains need "
                + "different names (the server ignores case).", problem.getMessage());
    }

    @Test
    void duplicateTopLevelDomainsAreReportedAtTheRoot() {
        AgentTree tree = Trees.tree();
        tree.getDomains().add(Trees.domain(1, "Lab"));
        tree.getDomains().add(Trees.domain(2, "lab"));

        Diagnostic problem = single(tree, TreeValidator.DUPLICATE_DOMAIN_NAME);

        assertTrue(problem.getMessage().contains("in the root of the agent tree"), problem.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", " Padded", "a/b", "tab\there"})
    void invalidDomainNamesAreReported(String name) {
        AgentTree tree = Trees.tree();
        Domain domain = Trees.domain(1, name);
        tree.getDomains().add(domain);

        Diagnostic problem = single(tree, TreeValidator.INVALID_DOMAIN_NAME);

        assertPointsAt(problem, domain, ModelPackage.Literals.DOMAIN__NAME);
        assertTrue(problem.getMessage().startsWith("domain '") || problem.getMessage().startsWith("The name of"),
                problem.getMessage());
    }

    @Test
    void aDomainNameLongerThanTheServerAcceptsIsReported() {
        AgentTree tree = Trees.tree();
        tree.getDomains().add(Trees.domain(1, "x".repeat(65)));

        Diagnostic problem = single(tree, TreeValidator.INVALID_DOMAIN_NAME);

        assertTrue(problem.getMessage().contains("has 65 characters; a domain name has at most 64"),
                problem.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4343, 65535})
    void portsInRangeAreValid(int port) {
        assertEquals(List.of(), DIAGNOSTICIAN.problems(server("head office", "10.0.0.1", port)));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65536})
    void portsOutOfRangeAreReported(int port) {
        ManagementServer server = server("head office", "10.0.0.1", port);

        Diagnostic problem = single(server, TreeValidator.SERVER_PORT);

        assertPointsAt(problem, server, ModelPackage.Literals.MANAGEMENT_SERVER__PORT);
        assertEquals("The port of server 'head office' is " + port + "; a port must be 1 to 65535.",
                problem.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankHostIsReported(String host) {
        ManagementServer server = server("branch", host, 4343);

        Diagnostic problem = single(server, TreeValidator.SERVER_HOST);

        assertPointsAt(problem, server, ModelPackage.Literals.MANAGEMENT_SERVER__HOST);
        assertEquals("server 'branch' has no host. Enter the server's host name or IP address.",
                problem.getMessage());
    }

    @Test
    void aMissingHostIsReported() {
        single(server("branch", null, 4343), TreeValidator.SERVER_HOST);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 5, 20})
    void certificatesValidForOneToTwentyYearsAreValid(int years) {
        ManagementServer server = withCertificate(ISSUED, ISSUED.atZone(ZoneOffset.UTC).plusYears(years).toInstant());

        assertEquals(List.of(), DIAGNOSTICIAN.problems(server));
    }

    @Test
    void aCertificateIssuedWithClockSkewIsStillValid() {
        Instant until = ISSUED.atZone(ZoneOffset.UTC).plusYears(20).toInstant();
        ManagementServer server = withCertificate(ISSUED.minusSeconds(300), until);

        assertEquals(List.of(), DIAGNOSTICIAN.problems(server));
    }

    @Test
    void aCertificateValidForLessThanAYearIsReported() {
        ManagementServer server = withCertificate(ISSUED, ISSUED.plus(java.time.Duration.ofDays(90)));

        Diagnostic problem = single(server, TreeValidator.CERTIFICATE_VALIDITY);

        assertPointsAt(problem, server.getCertificate(), ModelPackage.Literals.SERVER_CERTIFICATE__VALID_UNTIL);
        assertEquals("The certificate of server 'head office' is valid for 90 days, from 2026-03-01T09:00:00Z to "
                + "2026-05-30T09:00:00Z. A server certificate must be valid for 1 to 20 years, as the server's "
                + "installation issues it.", problem.getMessage());
    }

    @Test
    void aCertificateValidForMoreThanTwentyYearsIsReported() {
        ManagementServer server = withCertificate(ISSUED, ISSUED.atZone(ZoneOffset.UTC).plusYears(21).toInstant());

        single(server, TreeValidator.CERTIFICATE_VALIDITY);
    }

    @Test
    void aCertificateEndingBeforeItStartsIsReported() {
        ManagementServer server = withCertificate(ISSUED, ISSUED.minusSeconds(1));

        Diagnostic problem = single(server, TreeValidator.CERTIFICATE_VALIDITY);

        assertTrue(problem.getMessage().contains("ends (2026-03-01T08:59:59Z) before it starts"),
                problem.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.1.2.3", "10.1.0.0/16", "10.1.2.10-10.1.2.99", "fd00::/8", "2001:db8::1-2001:db8::ff",
            "::1"})
    void ipv4AndIpv6RangesAreValid(String range) {
        AgentTree tree = treeWithRule(range);

        assertEquals(List.of(), DIAGNOSTICIAN.problems(tree));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10.1.2", "10.1.2.300", "10.1.0.1/16", "10.1.0.0/33", "10.1.2.99-10.1.2.10",
            "10.0.0.1-fd00::1", "host.example.com", "fd00::/129", "gg::1"})
    void malformedRangesAreReported(String range) {
        AgentTree tree = treeWithRule(range);
        GroupingRule rule = tree.getDomains().get(0).getGroupingRules().get(0);

        Diagnostic problem = single(tree, TreeValidator.GROUPING_RULE_RANGE);

        assertPointsAt(problem, rule, ModelPackage.Literals.GROUPING_RULE__IP_RANGE);
        assertTrue(problem.getMessage().startsWith("The grouping rule '" + range + "' of domain 'Branch' is not an IP "
                + "range: "), problem.getMessage());
        assertTrue(problem.getMessage().endsWith("or first-last (10.1.2.10-10.1.2.99)."), problem.getMessage());
    }

    @Test
    void problemsOfAWholeTreeAreAllReported() {
        AgentTree tree = treeWithRule("not a range");
        tree.getDomains().add(Trees.domain(2, "branch"));
        tree.getDomains().add(Trees.domain(3, ""));

        List<String> problems = DIAGNOSTICIAN.problems(tree);

        assertEquals(3, problems.size(), problems.toString());
    }

    private static Diagnostic single(EObject root, int code) {
        Diagnostic result = DIAGNOSTICIAN.check(root);
        List<Diagnostic> matching = result.getChildren().stream()
                .filter(child -> TreeValidator.DIAGNOSTIC_SOURCE.equals(child.getSource()) && child.getCode() == code)
                .toList();
        assertEquals(1, matching.size(), () -> "one problem " + code + " in " + DIAGNOSTICIAN.problems(root));
        assertEquals(Diagnostic.ERROR, result.getSeverity());
        return matching.get(0);
    }

    private static void assertPointsAt(Diagnostic problem, EObject object, EStructuralFeature feature) {
        assertSame(object, problem.getData().get(0), "the diagnostic names the object first");
        assertSame(feature, problem.getData().get(1), "the diagnostic names the feature second");
    }

    private static ManagementServer server(String name, String host, int port) {
        ManagementServer server = FACTORY.createManagementServer();
        server.setId(name);
        server.setName(name);
        server.setHost(host);
        server.setPort(port);
        return server;
    }

    private static ManagementServer withCertificate(Instant from, Instant until) {
        ManagementServer server = server("head office", "10.0.0.1", 4343);
        ServerCertificate certificate = FACTORY.createServerCertificate();
        certificate.setSubject("CN=head-office,O=Bulwark");
        certificate.setValidFrom(from);
        certificate.setValidUntil(until);
        server.setCertificate(certificate);
        return server;
    }

    private static AgentTree treeWithRule(String range) {
        AgentTree tree = Trees.tree();
        Domain domain = Trees.domain(1, "Branch");
        GroupingRule rule = FACTORY.createGroupingRule();
        rule.setIpRange(range);
        domain.getGroupingRules().add(rule);
        tree.getDomains().add(domain);
        return tree;
    }
}
