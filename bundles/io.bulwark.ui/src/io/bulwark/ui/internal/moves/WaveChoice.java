package io.bulwark.ui.internal.moves;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import io.bulwark.core.migration.CampaignRules;
import io.bulwark.core.migration.Grouping;
import io.bulwark.core.migration.MigrationRefusedException;
import io.bulwark.core.migration.PilotChoice;
import io.bulwark.core.migration.Site;
import io.bulwark.core.migration.WaveSplitter;
import io.bulwark.protocol.move.MoveTicketRequest;

/**
 * Whether and how the wizard moves the chosen agents in waves (DOMAIN §6, upgrade method 3 with a pilot): the pilot as
 * an administrator writes it (a number of agents, a percentage, or none), the most agents one wave holds, how waves are
 * grouped, and the named sites, one {@code name = ranges} a line. The texts are kept as typed and read with the rules
 * of {@link PilotChoice}, {@link Site} and {@link WaveSplitter}, so the wizard refuses exactly what the command line
 * refuses. Lives on the UI thread.
 */
final class WaveChoice {

    /** The wave size offered first. */
    static final String DEFAULT_WAVE_SIZE = "100"; //$NON-NLS-1$

    private static final String NONE = "none"; //$NON-NLS-1$

    private boolean enabled;
    private String pilot = ""; //$NON-NLS-1$
    private String waveSize = DEFAULT_WAVE_SIZE;
    private Grouping grouping = Grouping.NONE;
    private String sites = ""; //$NON-NLS-1$

    boolean enabled() {
        return enabled;
    }

    void enabled(boolean chosen) {
        enabled = chosen;
    }

    void pilot(String text) {
        pilot = text;
    }

    void waveSize(String text) {
        waveSize = text;
    }

    Grouping grouping() {
        return grouping;
    }

    void grouping(Grouping chosen) {
        grouping = chosen;
    }

    void sites(String text) {
        sites = text;
    }

    /**
     * @param agentCount
     *            how many agents are chosen
     * @return the rules, checked as splitting the agents will check them
     * @throws MigrationRefusedException
     *             saying what to change: a pilot, wave size or site that cannot be read, sites that overlap, a pilot
     *             that leaves no agent for the waves
     */
    CampaignRules rules(int agentCount) throws MigrationRefusedException {
        CampaignRules rules = CampaignRules.of(pilotChoice(), size(), grouping,
                grouping == Grouping.SITE ? siteList() : List.of());
        WaveSplitter.checkRules(rules, agentCount);
        return rules;
    }

    /**
     * @param agentCount
     *            how many agents are chosen
     * @return what to change before planning, or {@code null} when the waves can be planned or are not chosen
     */
    String problem(int agentCount) {
        if (!enabled) {
            return null;
        }
        try {
            rules(agentCount);
            return null;
        } catch (MigrationRefusedException e) {
            return e.getMessage();
        }
    }

    private PilotChoice pilotChoice() throws MigrationRefusedException {
        String text = pilot == null ? "" : pilot.strip(); //$NON-NLS-1$
        if (text.isEmpty() || NONE.equals(text.toLowerCase(Locale.ROOT))) {
            return PilotChoice.none();
        }
        return PilotChoice.parse(text);
    }

    private int size() throws MigrationRefusedException {
        String text = waveSize == null ? "" : waveSize.strip(); //$NON-NLS-1$
        try {
            int size = Integer.parseInt(text);
            if (size >= 0 && size <= MoveTicketRequest.MAX_AGENTS) {
                return size;
            }
        } catch (NumberFormatException e) {
            // said below, in the words of the form
        }
        throw new MigrationRefusedException(NLS.bind(Messages.WaveChoice_badWaveSize, text,
                Integer.valueOf(MoveTicketRequest.MAX_AGENTS)));
    }

    /** The sites, one a line; blank lines are ignored, a bad line is named by its number. */
    private List<Site> siteList() throws MigrationRefusedException {
        List<Site> list = new ArrayList<>();
        String[] lines = sites == null ? new String[0] : sites.split("\\R", -1); //$NON-NLS-1$
        for (int line = 0; line < lines.length; line++) {
            if (lines[line].isBlank()) {
                continue;
            }
            try {
                list.add(Site.parse(lines[line]));
            } catch (MigrationRefusedException e) {
                throw new MigrationRefusedException(NLS.bind(Messages.WaveChoice_badSite, Integer.valueOf(line + 1),
                        e.getMessage()), e);
            }
        }
        return list;
    }
}
