package io.bulwark.core.internal.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.bulwark.protocol.move.MoveTicketRequest;

/**
 * The options of {@code bulwark move}, checked: every error names the option and what it expects.
 *
 * @param from
 *            the source server's URL
 * @param to
 *            the target server's URL
 * @param toDomain
 *            the target domain's path, or {@code null} for the root
 * @param agents
 *            the agent list file
 * @param planOnly
 *            whether to print the plan and stop
 * @param deadlineDays
 *            the move's deadline in days
 * @param fromUser
 *            the account on the source
 * @param toUser
 *            the account on the target
 * @param fromFingerprint
 *            the source's certificate fingerprint, or {@code null}
 * @param toFingerprint
 *            the target's certificate fingerprint, or {@code null}
 * @param skipOffline
 *            whether offline and roaming agents are skipped instead of waited for
 * @param cancelNotifications
 *            whether the source cancels pending notifications for the agents
 * @param journal
 *            the journal folder, or {@code null} for the default
 * @param registry
 *            the console's server list to read pinned fingerprints from, or {@code null} for the default
 * @param savePlan
 *            where to save the plan, or {@code null}
 * @param poll
 *            how long to wait between two polls of the move
 * @param help
 *            whether help was asked for
 * @param replicateStructure
 *            whether the source domains of the agents are replicated on the target (under the target domain) first
 * @param allSettings
 *            whether the replication copies every settings group instead of the scan method only
 * @param migration
 *            the options of migration waves, campaigns and moves back
 * @param showPlan
 *            a saved plan to print for review, or {@code null}
 */
record MoveOptions(String from, String to, String toDomain, Path agents, boolean planOnly, int deadlineDays,
        String fromUser, String toUser, String fromFingerprint, String toFingerprint, boolean skipOffline,
        boolean cancelNotifications, Path journal, Path registry, Path savePlan, Duration poll, boolean help,
        boolean replicateStructure, boolean allSettings, MigrationOptions migration, Path showPlan) {

    /** What the command does. */
    enum Mode {
        /** Move the listed agents in one move. */
        MOVE,
        /** Plan a migration campaign for the listed agents and start its first wave. */
        WAVES,
        /** Show, confirm or go on with a campaign. */
        CAMPAIGN,
        /** Move the agents of a finished move back. */
        MOVE_BACK,
        /** Print a saved plan for review. */
        SHOW_PLAN
    }

    /** @return what the command does */
    Mode mode() {
        if (showPlan != null) {
            return Mode.SHOW_PLAN;
        }
        if (migration.waves() != null) {
            return Mode.WAVES;
        }
        if (migration.campaign() != null) {
            return Mode.CAMPAIGN;
        }
        return migration.moveBack() != null ? Mode.MOVE_BACK : Mode.MOVE;
    }

    /** The reason given arguments were refused. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static MoveOptions parse(String[] args) throws UsageException {
        Builder builder = new Builder();
        for (int index = 0; index < args.length; index++) {
            String option = args[index];
            switch (option) {
                case "-h", "--help" -> builder.help = true; //$NON-NLS-1$ //$NON-NLS-2$
                case "--plan-only" -> builder.planOnly = true; //$NON-NLS-1$
                case "--skip-offline" -> builder.skipOffline = true; //$NON-NLS-1$
                case "--cancel-notifications" -> builder.cancelNotifications = true; //$NON-NLS-1$
                case "--replicate-structure" -> builder.replicateStructure = true; //$NON-NLS-1$
                case "--all-settings" -> builder.allSettings = true; //$NON-NLS-1$
                default -> {
                    if (!builder.migration.flag(option)) {
                        if (index + 1 >= args.length) {
                            throw new UsageException(NLS.bind(Messages.MoveOptions_unknownOrValueMissing, option));
                        }
                        builder.set(option, args[++index]);
                    }
                }
            }
        }
        return builder.build();
    }

    private static final class Builder {
        String from;
        String to;
        String toDomain;
        Path agents;
        boolean planOnly;
        int deadlineDays = MoveTicketRequest.DEFAULT_DEADLINE_DAYS;
        String fromUser = "root"; //$NON-NLS-1$
        String toUser = "root"; //$NON-NLS-1$
        String fromFingerprint;
        String toFingerprint;
        boolean skipOffline;
        boolean cancelNotifications;
        Path journal;
        Path registry;
        Path savePlan;
        Duration poll = Duration.ofSeconds(1);
        boolean help;
        boolean replicateStructure;
        boolean allSettings;
        final MigrationOptions.Builder migration = new MigrationOptions.Builder();
        Path showPlan;

        void set(String option, String value) throws UsageException {
            if (migration.set(option, value)) {
                return;
            }
            switch (option) {
                case "--from" -> from = value; //$NON-NLS-1$
                case "--to" -> to = value; //$NON-NLS-1$
                case "--to-domain" -> toDomain = value; //$NON-NLS-1$
                case "--agents" -> agents = Path.of(value); //$NON-NLS-1$
                case "--deadline" -> deadlineDays = number(option, value, 1, MoveTicketRequest.MAX_DEADLINE_DAYS); //$NON-NLS-1$
                case "--from-user" -> fromUser = value; //$NON-NLS-1$
                case "--to-user" -> toUser = value; //$NON-NLS-1$
                case "--from-fingerprint" -> fromFingerprint = value; //$NON-NLS-1$
                case "--to-fingerprint" -> toFingerprint = value; //$NON-NLS-1$
                case "--journal" -> journal = Path.of(value); //$NON-NLS-1$
                case "--registry" -> registry = Path.of(value); //$NON-NLS-1$
                case "--save-plan" -> savePlan = Path.of(value); //$NON-NLS-1$
                case "--show-plan" -> showPlan = Path.of(value); //$NON-NLS-1$
                case "--poll-millis" -> poll = Duration.ofMillis(number(option, value, 50, 60_000)); //$NON-NLS-1$
                default -> throw new UsageException(NLS.bind(Messages.MoveOptions_unknown, option));
            }
        }

        MoveOptions build() throws UsageException {
            MigrationOptions migrationOptions = migration.build();
            MoveOptions options = new MoveOptions(from, to, toDomain, agents, planOnly, deadlineDays, fromUser, toUser,
                    fromFingerprint, toFingerprint, skipOffline, cancelNotifications, journal, registry, savePlan, poll,
                    help, replicateStructure, allSettings, migrationOptions, showPlan);
            if (help) {
                return options;
            }
            if (allSettings && !replicateStructure) {
                throw new UsageException(NLS.bind(Messages.MoveOptions_needs, "--all-settings", //$NON-NLS-1$
                        "--replicate-structure")); //$NON-NLS-1$
            }
            switch (options.mode()) {
                case MOVE, WAVES -> {
                    require("--from", from); //$NON-NLS-1$
                    require("--to", to); //$NON-NLS-1$
                    require("--agents", agents); //$NON-NLS-1$
                    if (options.mode() == Mode.WAVES) {
                        refuse("--waves", "--replicate-structure", replicateStructure); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
                case CAMPAIGN -> {
                    for (String option : List.of("--agents", "--to-domain", "--plan-only", "--save-plan", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                            "--replicate-structure", "--deadline", "--skip-offline", "--cancel-notifications")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                        refuse("--campaign", option, given(option)); //$NON-NLS-1$
                    }
                }
                case SHOW_PLAN -> {
                    for (String option : List.of("--from", "--to", "--agents", "--to-domain", "--plan-only", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
                            "--save-plan", "--replicate-structure", "--deadline", "--skip-offline", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
                            "--cancel-notifications")) { //$NON-NLS-1$
                        refuse("--show-plan", option, given(option)); //$NON-NLS-1$
                    }
                    refuse("--show-plan", "--waves", migrationOptions.waves() != null); //$NON-NLS-1$ //$NON-NLS-2$
                    refuse("--show-plan", "--campaign", migrationOptions.campaign() != null); //$NON-NLS-1$ //$NON-NLS-2$
                    refuse("--show-plan", "--move-back", migrationOptions.moveBack() != null); //$NON-NLS-1$ //$NON-NLS-2$
                }
                case MOVE_BACK -> {
                    for (String option : List.of("--agents", "--to-domain", "--save-plan", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                            "--replicate-structure")) { //$NON-NLS-1$
                        refuse("--move-back", option, given(option)); //$NON-NLS-1$
                    }
                }
            }
            return options;
        }

        /** Whether an option that applies to one move only was given. */
        private boolean given(String option) {
            return switch (option) {
                case "--from" -> from != null; //$NON-NLS-1$
                case "--to" -> to != null; //$NON-NLS-1$
                case "--agents" -> agents != null; //$NON-NLS-1$
                case "--to-domain" -> toDomain != null; //$NON-NLS-1$
                case "--plan-only" -> planOnly; //$NON-NLS-1$
                case "--save-plan" -> savePlan != null; //$NON-NLS-1$
                case "--replicate-structure" -> replicateStructure; //$NON-NLS-1$
                case "--deadline" -> deadlineDays != MoveTicketRequest.DEFAULT_DEADLINE_DAYS; //$NON-NLS-1$
                case "--skip-offline" -> skipOffline; //$NON-NLS-1$
                case "--cancel-notifications" -> cancelNotifications; //$NON-NLS-1$
                default -> false;
            };
        }

        private static void refuse(String mode, String option, boolean given) throws UsageException {
            if (given) {
                throw new UsageException(NLS.bind(Messages.MoveOptions_notWith, option, mode));
            }
        }

        private static void require(String option, Object value) throws UsageException {
            if (value == null) {
                throw new UsageException(NLS.bind(Messages.MoveOptions_missing, option));
            }
        }
    }

    static int number(String option, String value, int min, int max) throws UsageException {
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new UsageException(NLS.bind(Messages.MoveOptions_badNumber,
                new Object[]{option, value, Integer.valueOf(min), Integer.valueOf(max)}));
    }
}
