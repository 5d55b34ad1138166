package io.bulwark.core.tests.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.bulwark.core.migration.CampaignRules;
import io.bulwark.core.migration.Grouping;
import io.bulwark.core.migration.MigrationRefusedException;
import io.bulwark.core.migration.PilotChoice;
import io.bulwark.core.migration.Site;
import io.bulwark.core.migration.Wave;
import io.bulwark.core.migration.WaveAgent;
import io.bulwark.core.migration.WaveSplitter;

/**
 * Splitting a campaign's agents into the pilot and waves, without servers: grouping by domain, subnet and site, the
 * order, the pilot's choice, and refusals of rules that cannot be split.
 */
class WaveSplitterTest {

    private static WaveAgent agent(String host, String ip, String domain) {
        return agent(host, ip, domain, "online");
    }

    private static WaveAgent agent(String host, String ip, String domain, String status) {
        return new WaveAgent(UUID.nameUUIDFromBytes(host.getBytes()), host, ip, status, domain);
    }

    private static List<String> hosts(Wave wave) {
        return wave.agents().stream().map(WaveAgent::hostName).toList();
    }

    private static List<String> groups(List<Wave> waves) {
        return waves.stream().map(wave -> wave.group() + " " + wave.part() + "/" + wave.parts()).toList();
    }

    private static void assertEveryAgentOnce(List<WaveAgent> agents, List<Wave> waves) {
        List<UUID> placed = waves.stream().flatMap(wave -> wave.agents().stream()).map(WaveAgent::id).toList();
        assertEquals(agents.size(), placed.size(), "as many placed as given");
        assertEquals(new HashSet<>(agents.stream().map(WaveAgent::id).toList()), new HashSet<>(placed));
    }

    private static final List<WaveAgent> OFFICE = List.of(
            agent("ws-07", "10.10.1.7", "Head/Sales"),
            agent("ws-01", "10.10.1.1", "Head"),
            agent("WS-03", "10.10.2.3", "Head"),
            agent("br-02", "10.20.0.2", "Branch"),
            agent("br-01", "10.20.0.1", "Branch"),
            agent("lab-1", "fd00:10::1", ""),
            agent("ws-02", "10.10.1.2", "Head"),
            agent("br-03", "10.20.0.3", "branch/lab"),
            agent("x-09", "not-an-address", ""));

    @Test
    void groupsByDomainRootFirstThenByPathAndSplitsEachGroupIntoWavesOfTheSize() throws Exception {
        List<Wave> waves = WaveSplitter.split(OFFICE,
                CampaignRules.of(PilotChoice.none(), 2, Grouping.DOMAIN, List.of()));

        assertEquals(List.of(" 1/1", "Branch 1/1", "branch/lab 1/1", "Head 1/2", "Head 2/2", "Head/Sales 1/1"),
                groups(waves));
        assertEquals(List.of(1, 2, 3, 4, 5, 6), waves.stream().map(Wave::number).toList(), "numbered from 1");
        assertEquals(List.of("lab-1", "x-09"), hosts(waves.get(0)));
        assertEquals(List.of("br-01", "br-02"), hosts(waves.get(1)), "by host name");
        assertEquals(List.of("ws-01", "ws-02"), hosts(waves.get(3)));
        assertEquals(List.of("WS-03"), hosts(waves.get(4)), "host names ignore case");
        assertTrue(waves.stream().allMatch(wave -> wave.grouping() == Grouping.DOMAIN && !wave.started()));
        assertEveryAgentOnce(OFFICE, waves);
    }

    @Test
    void theSameAgentsInAnyOrderGiveTheSameWaves() throws Exception {
        CampaignRules rules = CampaignRules.of(PilotChoice.parse("3"), 2, Grouping.SUBNET, List.of());
        List<Wave> first = WaveSplitter.split(OFFICE, rules);
        List<WaveAgent> shuffled = new ArrayList<>(OFFICE);
        Collections.shuffle(shuffled, new Random(7));

        assertEquals(first, WaveSplitter.split(shuffled, rules));
    }

    @Test
    void groupsBySubnetIpv4FirstThenIpv6ThenAgentsWithoutAnAddress() throws Exception {
        List<Wave> waves = WaveSplitter.split(OFFICE,
                new CampaignRules(PilotChoice.none(), 0, Grouping.SUBNET, List.of(), 24, 48));

        assertEquals(List.of("10.10.1.0/24 1/1", "10.10.2.0/24 1/1", "10.20.0.0/24 1/1", "fd00:10::/48 1/1", " 1/1"),
                groups(waves));
        assertEquals(List.of("ws-01", "ws-02", "ws-07"), hosts(waves.get(0)));
        assertEquals(List.of("x-09"), hosts(waves.get(4)), "no address: last");
        assertEveryAgentOnce(OFFICE, waves);
    }

    @Test
    void groupsBySiteInTheOrderGivenWithAgentsInNoSiteLast() throws Exception {
        List<Site> sites = List.of(Site.parse("branch=10.20.0.0/16"),
                Site.parse("head-office=10.10.0.0/16, fd00:10::/32"));
        List<Wave> waves = WaveSplitter.split(OFFICE, CampaignRules.of(PilotChoice.none(), 3, Grouping.SITE, sites));

        assertEquals(List.of("branch 1/1", "head-office 1/2", "head-office 2/2", " 1/1"), groups(waves));
        assertEquals(List.of("lab-1", "ws-01", "ws-02"), hosts(waves.get(1)), "the IPv6 agent is at the head office");
        assertEquals(List.of("x-09"), hosts(waves.get(3)));
        assertEveryAgentOnce(OFFICE, waves);
    }

    @Test
    void aPilotTakesOneAgentFromEachGroupInTurnOnlineFirst() throws Exception {
        List<WaveAgent> agents = List.of(
                agent("a-1", "10.0.0.1", "A", "offline"),
                agent("a-2", "10.0.0.2", "A"),
                agent("a-3", "10.0.0.3", "A"),
                agent("b-1", "10.0.1.1", "B", "roaming"),
                agent("c-1", "10.0.2.1", "C"),
                agent("c-2", "10.0.2.2", "C"));

        List<Wave> waves = WaveSplitter.split(agents, CampaignRules.of(PilotChoice.parse("5"), 0, Grouping.DOMAIN,
                List.of()));

        Wave pilot = waves.get(0);
        assertTrue(pilot.pilot());
        assertEquals(0, pilot.number());
        assertEquals(List.of("a-2", "a-3", "b-1", "c-1", "c-2"), hosts(pilot),
                "round 1: a-2, b-1 (the only one of B), c-1; round 2: a-3, c-2; shown by host name");
        assertEquals(List.of("A 1/1"), groups(waves.subList(1, waves.size())), "only a-1 is left");
        assertEquals(List.of("a-1"), hosts(waves.get(1)));
        assertEquals(1, waves.get(1).number());
        assertEveryAgentOnce(agents, waves);
    }

    @Test
    void aPercentagePilotIsRoundedUpAndAListedPilotTakesExactlyItsAgents() throws Exception {
        List<Wave> byPercent = WaveSplitter.split(OFFICE,
                CampaignRules.of(PilotChoice.parse("20%"), 0, Grouping.NONE, List.of()));
        assertEquals(2, byPercent.get(0).agents().size(), "20% of 9 is 1.8");
        assertEveryAgentOnce(OFFICE, byPercent);

        List<UUID> listed = List.of(OFFICE.get(3).id(), OFFICE.get(5).id());
        List<Wave> byList = WaveSplitter.split(OFFICE,
                CampaignRules.of(PilotChoice.listed(listed, "pilot.txt"), 0, Grouping.NONE, List.of()));
        assertEquals(List.of("br-02", "lab-1"), hosts(byList.get(0)));
        assertEquals(2, byList.size());
        assertFalse(byList.get(1).agents().contains(OFFICE.get(3)));
        assertEveryAgentOnce(OFFICE, byList);
    }

    @Test
    void rulesThatCannotBeSplitAreRefusedSayingWhatToChange() throws Exception {
        CampaignRules fine = CampaignRules.of(PilotChoice.none(), 2, Grouping.NONE, List.of());
        assertRefused("No agents", List.of(), fine);
        assertRefused("named twice", List.of(OFFICE.get(0), OFFICE.get(0)), fine);
        assertRefused("1 to 100000", OFFICE, CampaignRules.of(PilotChoice.none(), -1, Grouping.NONE, List.of()));
        assertRefused("/33 and /64",
                OFFICE, new CampaignRules(PilotChoice.none(), 0, Grouping.SUBNET, List.of(), 33, 64));
        assertRefused("at least one site", OFFICE, CampaignRules.of(PilotChoice.none(), 0, Grouping.SITE, List.of()));
        assertRefused("not grouped by site", OFFICE,
                CampaignRules.of(PilotChoice.none(), 0, Grouping.DOMAIN, List.of(Site.parse("a=10.0.0.0/8"))));
        assertRefused("The sites a (10.0.0.0/8) and b (10.20.0.0/16) overlap", OFFICE, CampaignRules.of(
                PilotChoice.none(), 0, Grouping.SITE,
                List.of(Site.parse("a=10.0.0.0/8"), Site.parse("b=10.20.0.0/16"))));
        assertRefused("The site HQ is named twice", OFFICE, CampaignRules.of(PilotChoice.none(), 0, Grouping.SITE,
                List.of(Site.parse("hq=10.10.0.0/16"), Site.parse("HQ=10.11.0.0/16"))));
        assertRefused("take 9 of the 9 agents", OFFICE,
                CampaignRules.of(PilotChoice.parse("9"), 0, Grouping.NONE, List.of()));
        assertRefused("take 9 of the 9 agents", OFFICE,
                CampaignRules.of(PilotChoice.parse("99%"), 0, Grouping.NONE, List.of()));
        UUID stranger = UUID.randomUUID();
        assertRefused(stranger + " (from pilot.txt) is not among", OFFICE,
                CampaignRules.of(PilotChoice.listed(List.of(stranger), "pilot.txt"), 0, Grouping.NONE, List.of()));
        assertRefused("pilot list empty.txt names no agent", OFFICE,
                CampaignRules.of(PilotChoice.listed(List.of(), "empty.txt"), 0, Grouping.NONE, List.of()));
    }

    @Test
    void rulesAreCheckedBeforeAnyAgentIsReadAsSplittingWouldCheckThem() throws Exception {
        WaveSplitter.checkRules(CampaignRules.of(PilotChoice.parse("10%"), 50, Grouping.SITE,
                List.of(Site.parse("hq=10.10.0.0/16"), Site.parse("branch=10.20.0.0/16"))), 9);
        WaveSplitter.checkRules(CampaignRules.of(PilotChoice.listed(List.of(), "pilot.txt"), 0, Grouping.NONE,
                List.of()), 9);
        assertRulesRefused("1 to 100000", CampaignRules.of(PilotChoice.none(), -1, Grouping.NONE, List.of()), 9);
        assertRulesRefused("at least one site", CampaignRules.of(PilotChoice.none(), 0, Grouping.SITE, List.of()), 9);
        assertRulesRefused("The sites a (10.0.0.0/8) and b (10.20.0.0/16) overlap", CampaignRules.of(
                PilotChoice.none(), 0, Grouping.SITE,
                List.of(Site.parse("a=10.0.0.0/8"), Site.parse("b=10.20.0.0/16"))), 9);
        assertRulesRefused("take 3 of the 3 agents",
                CampaignRules.of(PilotChoice.parse("3"), 1, Grouping.NONE, List.of()), 3);
        for (int agents : new int[]{9, 1}) {
            CampaignRules rules = CampaignRules.of(PilotChoice.parse(agents == 1 ? "1" : "9"), 0, Grouping.NONE,
                    List.of());
            List<WaveAgent> some = OFFICE.subList(0, agents);
            assertEquals(assertThrows(MigrationRefusedException.class, () -> WaveSplitter.split(some, rules))
                    .getMessage(),
                    assertThrows(MigrationRefusedException.class, () -> WaveSplitter.checkRules(rules, agents))
                            .getMessage(),
                    "the same words as splitting");
        }
    }

    private static void assertRulesRefused(String expected, CampaignRules rules, int agents) {
        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> WaveSplitter.checkRules(rules, agents));
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }

    private static void assertRefused(String expected, List<WaveAgent> agents, CampaignRules rules) {
        MigrationRefusedException refused = assertThrows(MigrationRefusedException.class,
                () -> WaveSplitter.split(agents, rules));
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }

    @Test
    void sitesPilotSizesAndGroupingsAreReadAsAdministratorsWriteThem() throws Exception {
        Site site = Site.parse(" head office = 10.10.0.0/16 , fd00:10::/32,10.11.0.1-10.11.0.9");
        assertEquals("head office", site.name());
        assertEquals(List.of("10.10.0.0/16", "fd00:10::/32", "10.11.0.1-10.11.0.9"), site.ranges());
        assertEquals(site, Site.parse(site.toString()));
        assertEquals(new PilotChoice(PilotChoice.Kind.PERCENT, 10, List.of(), null), PilotChoice.parse(" 10 % "));
        assertEquals(new PilotChoice(PilotChoice.Kind.COUNT, 5, List.of(), null), PilotChoice.parse("5"));
        assertEquals(Grouping.SUBNET, Grouping.parse("Subnet"));

        Set<String> messages = new HashSet<>();
        for (String bad : List.of("10.0.0.0/8", "=10.0.0.0/8", "a=", "a=10.0.0.0/8,", "a=10.0.0.1/8", "a=somewhere")) {
            messages.add(assertThrows(MigrationRefusedException.class, () -> Site.parse(bad)).getMessage());
        }
        assertTrue(messages.stream().anyMatch(message -> message.contains("has host bits set")), messages.toString());
        assertTrue(messages.stream().anyMatch(message -> message.contains("write NAME=RANGE")), messages.toString());
        for (String bad : List.of("0", "-3", "0%", "100%", "five", "")) {
            assertThrows(MigrationRefusedException.class, () -> PilotChoice.parse(bad), bad);
        }
        assertTrue(assertThrows(MigrationRefusedException.class, () -> Grouping.parse("none")).getMessage()
                .contains("domain, subnet or site"));
    }
}
