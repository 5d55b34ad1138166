package io.bulwark.core.internal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.eclipse.osgi.util.NLS;

import io.bulwark.core.internal.cli.MoveOptions.UsageException;
import io.bulwark.core.migration.CampaignRules;
import io.bulwark.core.migration.Grouping;
import io.bulwark.core.migration.MigrationRefusedException;
import io.bulwark.core.migration.PilotChoice;
import io.bulwark.core.migration.Site;
import io.bulwark.protocol.move.MoveTicketRequest;

/**
 * The options of {@code bulwark move} for migration waves ({@code --waves}), carrying a campaign on
 * ({@code --campaign}) and moving a move's agents back ({@code --move-back}), checked: every error names the option and
 * what it expects.
 *
 * @param waves
 *            how to split a new campaign, or {@code null} without {@code --waves}
 * @param campaign
 *            what to do with a campaign, or {@code null} without {@code --campaign}
 * @param moveBack
 *            which move to undo, or {@code null} without {@code --move-back}
 */
record MigrationOptions(WaveOptions waves, CampaignOptions campaign, MoveBackOptions moveBack) {

    /**
     * {@code --waves}.
     *
     * @param pilotAgents
     *            {@code --pilot-agents FILE}, or {@code null}
     * @param rules
     *            the rules; without the pilot list, which is read from the file once the source's agents are known
     */
    record WaveOptions(Path pilotAgents, CampaignRules rules) {
    }

    /**
     * {@code --campaign ID [--confirm-wave N | --next]}.
     *
     * @param campaignId
     *            the campaign
     * @param confirmWave
     *            the wave to confirm, or {@code null}
     * @param next
     *            whether to start (or follow) the next wave
     */
    record CampaignOptions(UUID campaignId, Integer confirmWave, boolean next) {
    }

    /**
     * {@code --move-back MOVE_ID [--missing-domains-to-root]}.
     *
     * @param moveId
     *            the finished move to undo
     * @param missingDomainsToRoot
     *            whether agents of domains the source no longer has go to its root
     */
    record MoveBackOptions(UUID moveId, boolean missingDomainsToRoot) {
    }

    /** Collects the options as they come. */
    static final class Builder {
        private static final List<String> WAVE_OPTIONS = List.of("--pilot", "--pilot-agents", "--wave-size", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                "--group-by", "--site", "--ipv4-prefix", "--ipv6-prefix"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

        private final Set<String> given = new LinkedHashSet<>();
        private PilotChoice pilot = PilotChoice.none();
        private Path pilotAgents;
        private int waveSize;
        private Grouping groupBy = Grouping.NONE;
        private final List<Site> sites = new ArrayList<>();
        private int ipv4Prefix = CampaignRules.DEFAULT_IPV4_PREFIX;
        private int ipv6Prefix = CampaignRules.DEFAULT_IPV6_PREFIX;
        private UUID campaign;
        private Integer confirmWave;
        private UUID moveBack;

        /** @return whether the option is a flag of this kind, now set */
        boolean flag(String option) {
            return switch (option) {
                case "--waves", "--next", "--missing-domains-to-root" -> { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                    given.add(option);
                    yield true;
                }
                default -> false;
            };
        }

        /** @return whether the option is one of this kind, now set */
        boolean set(String option, String value) throws UsageException {
            switch (option) {
                case "--pilot" -> pilot = refusedAsUsage(() -> PilotChoice.parse(value)); //$NON-NLS-1$
                case "--pilot-agents" -> pilotAgents = Path.of(value); //$NON-NLS-1$
                case "--wave-size" -> waveSize = MoveOptions.number(option, value, 1, MoveTicketRequest.MAX_AGENTS); //$NON-NLS-1$
                case "--group-by" -> groupBy = refusedAsUsage(() -> Grouping.parse(value)); //$NON-NLS-1$
                case "--site" -> sites.add(refusedAsUsage(() -> Site.parse(value))); //$NON-NLS-1$
                case "--ipv4-prefix" -> ipv4Prefix = MoveOptions.number(option, value, 0, 32); //$NON-NLS-1$
                case "--ipv6-prefix" -> ipv6Prefix = MoveOptions.number(option, value, 0, 128); //$NON-NLS-1$
                case "--campaign" -> campaign = id(option, value); //$NON-NLS-1$
                case "--confirm-wave" -> confirmWave = wave(option, value); //$NON-NLS-1$
                case "--move-back" -> moveBack = id(option, value); //$NON-NLS-1$
                default -> {
                    return false;
                }
            }
            given.add(option);
            return true;
        }

        /** @return whether any option of this kind was given */
        boolean any() {
            return given.contains("--waves") || campaign != null || moveBack != null; //$NON-NLS-1$
        }

        MigrationOptions build() throws UsageException {
            int modes = (given.contains("--waves") ? 1 : 0) + (campaign != null ? 1 : 0) + (moveBack != null ? 1 : 0); //$NON-NLS-1$
            if (modes > 1) {
                throw new UsageException(Messages.MigrationOptions_oneMode);
            }
            for (String option : WAVE_OPTIONS) {
                needs(option, "--waves"); //$NON-NLS-1$
            }
            needs("--confirm-wave", "--campaign"); //$NON-NLS-1$ //$NON-NLS-2$
            needs("--next", "--campaign"); //$NON-NLS-1$ //$NON-NLS-2$
            needs("--missing-domains-to-root", "--move-back"); //$NON-NLS-1$ //$NON-NLS-2$
            if (given.contains("--pilot") && pilotAgents != null) { //$NON-NLS-1$
                throw new UsageException(Messages.MigrationOptions_pilotTwice);
            }
            if (confirmWave != null && given.contains("--next")) { //$NON-NLS-1$
                throw new UsageException(Messages.MigrationOptions_confirmOrNext);
            }
            if (!sites.isEmpty() && groupBy != Grouping.SITE) {
                throw new UsageException(NLS.bind(Messages.MoveOptions_needs, "--site", "--group-by site")); //$NON-NLS-1$ //$NON-NLS-2$
            }
            if (groupBy == Grouping.SITE && sites.isEmpty()) {
                throw new UsageException(Messages.MigrationOptions_noSite);
            }
            WaveOptions waves = given.contains("--waves") //$NON-NLS-1$
                    ? new WaveOptions(pilotAgents,
                            new CampaignRules(pilot, waveSize, groupBy, sites, ipv4Prefix, ipv6Prefix))
                    : null;
            return new MigrationOptions(waves,
                    campaign == null ? null : new CampaignOptions(campaign, confirmWave, given.contains("--next")), //$NON-NLS-1$
                    moveBack == null
                            ? null
                            : new MoveBackOptions(moveBack, given.contains("--missing-domains-to-root"))); //$NON-NLS-1$
        }

        private void needs(String option, String needed) throws UsageException {
            if (given.contains(option) && !given.contains(needed)) {
                throw new UsageException(NLS.bind(Messages.MoveOptions_needs, option, needed));
            }
        }

        private static UUID id(String option, String value) throws UsageException {
            try {
                UUID id = UUID.fromString(value.strip());
                if (id.toString().equalsIgnoreCase(value.strip())) {
                    return id;
                }
            } catch (IllegalArgumentException e) {
                // refused below
            }
            throw new UsageException(NLS.bind(Messages.MigrationOptions_badId, option, value));
        }

        private static Integer wave(String option, String value) throws UsageException {
            if ("pilot".equals(value.strip().toLowerCase(Locale.ROOT))) { //$NON-NLS-1$
                return Integer.valueOf(0);
            }
            return Integer.valueOf(MoveOptions.number(option, value, 0, MoveTicketRequest.MAX_AGENTS));
        }

        private interface Parse<T> {
            T parse() throws MigrationRefusedException;
        }

        private static <T> T refusedAsUsage(Parse<T> parse) throws UsageException {
            try {
                return parse.parse();
            } catch (MigrationRefusedException e) {
                throw new UsageException(e.getMessage());
            }
        }
    }
}
