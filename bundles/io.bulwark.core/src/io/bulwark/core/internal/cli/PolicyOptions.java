package io.bulwark.core.internal.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import io.bulwark.core.internal.cli.MoveOptions.UsageException;
import io.bulwark.core.policy.WorkspaceScope;
import io.bulwark.model.merge.MergeSide;

/**
 * The options of {@code bulwark policy pull|diff|apply|template}, checked for the command: every error names the option
 * and what it expects.
 *
 * @param command
 *            the command
 * @param servers
 *            the servers named by {@code --server}, as written
 * @param scopes
 *            the scopes named by {@code --scope}
 * @param template
 *            the template named by {@code --template} (or {@code --name} for {@code template}), or {@code null}
 * @param groups
 *            the settings groups named by {@code --group}, by their names on the wire
 * @param planOnly
 *            whether {@code apply} only prints its preview
 * @param discardLocal
 *            whether {@code pull} replaces copies with local changes
 * @param resolveAll
 *            the side every conflict takes, or {@code null}
 * @param resolutions
 *            the side of each conflict named by its path
 * @param workspace
 *            the workspace folder, or {@code null} for the default
 * @param user
 *            the account on every server
 * @param fingerprints
 *            certificate fingerprints by server address as written; the key {@code ""} for one given without address
 * @param registry
 *            the console's server list to read pinned fingerprints from, or {@code null} for the default
 * @param help
 *            whether help was asked for
 */
record PolicyOptions(Command command, List<String> servers, List<WorkspaceScope> scopes, String template,
        List<String> groups, boolean planOnly, boolean discardLocal, MergeSide resolveAll,
        Map<String, MergeSide> resolutions, Path workspace, String user, Map<String, String> fingerprints,
        Path registry, boolean help) {

    /** A command of {@code bulwark policy}. */
    enum Command {
        PULL, DIFF, APPLY, TEMPLATE;

        static Command parse(String text) throws UsageException {
            for (Command command : values()) {
                if (command.name().toLowerCase(Locale.ROOT).equals(text)) {
                    return command;
                }
            }
            throw new UsageException(NLS.bind(Messages.PolicyOptions_unknownCommand, text));
        }

        String usage() {
            return switch (this) {
                case PULL -> Messages.PolicyApplication_pullUsage;
                case DIFF -> Messages.PolicyApplication_diffUsage;
                case APPLY -> Messages.PolicyApplication_applyUsage;
                case TEMPLATE -> Messages.PolicyApplication_templateUsage;
            };
        }
    }

    static PolicyOptions parse(Command command, List<String> args) throws UsageException {
        Builder builder = new Builder(command);
        for (int index = 0; index < args.size(); index++) {
            String option = args.get(index);
            switch (option) {
                case "-h", "--help" -> builder.help = true; //$NON-NLS-1$ //$NON-NLS-2$
                case "--plan-only" -> builder.flag(option, Command.APPLY, () -> builder.planOnly = true); //$NON-NLS-1$
                case "--discard-local" -> builder.flag(option, Command.PULL, () -> builder.discardLocal = true); //$NON-NLS-1$
                default -> {
                    if (index + 1 >= args.size()) {
                        throw new UsageException(NLS.bind(Messages.MoveOptions_unknownOrValueMissing, option));
                    }
                    builder.set(option, args.get(++index));
                }
            }
        }
        return builder.build();
    }

    /** Sets an option's value, or refuses it. */
    @FunctionalInterface
    private interface Setter {
        void set() throws UsageException;
    }

    private static final class Builder {
        final Command command;
        final List<String> servers = new ArrayList<>();
        final List<WorkspaceScope> scopes = new ArrayList<>();
        String template;
        final List<String> groups = new ArrayList<>();
        boolean planOnly;
        boolean discardLocal;
        MergeSide resolveAll;
        final Map<String, MergeSide> resolutions = new LinkedHashMap<>();
        Path workspace;
        String user = "root"; //$NON-NLS-1$
        final Map<String, String> fingerprints = new LinkedHashMap<>();
        Path registry;
        boolean help;

        Builder(Command command) {
            this.command = command;
        }

        void flag(String option, Command only, Setter setter) throws UsageException {
            only(option, only, null, setter);
        }

        void set(String option, String value) throws UsageException {
            switch (option) {
                case "--server" -> servers.add(value); //$NON-NLS-1$
                case "--scope" -> scopes.add(scope(value)); //$NON-NLS-1$
                case "--template" -> only(option, Command.DIFF, Command.APPLY, () -> template = value); //$NON-NLS-1$
                case "--name" -> only(option, Command.TEMPLATE, null, () -> template = value); //$NON-NLS-1$
                case "--group" -> only(option, Command.TEMPLATE, null, () -> groups.add(value)); //$NON-NLS-1$
                case "--resolve" -> only(option, Command.APPLY, null, () -> resolve(value)); //$NON-NLS-1$
                case "--workspace" -> workspace = Path.of(value); //$NON-NLS-1$
                case "--user" -> user = value; //$NON-NLS-1$
                case "--fingerprint" -> fingerprint(value); //$NON-NLS-1$
                case "--registry" -> registry = Path.of(value); //$NON-NLS-1$
                default -> throw new UsageException(NLS.bind(Messages.MoveOptions_unknown, option));
            }
        }

        private void only(String option, Command first, Command second, Setter setter) throws UsageException {
            if (command != first && command != second) {
                throw new UsageException(NLS.bind(Messages.PolicyOptions_notForCommand, option, name(command)));
            }
            setter.set();
        }

        private static WorkspaceScope scope(String value) throws UsageException {
            try {
                return WorkspaceScope.parse(value);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--scope: " + e.getMessage()); //$NON-NLS-1$
            }
        }

        private void resolve(String value) throws UsageException {
            int equals = value.lastIndexOf('=');
            if (equals < 0) {
                resolveAll = side(value);
            } else {
                String path = value.substring(0, equals).strip();
                if (path.isEmpty()) {
                    throw new UsageException(NLS.bind(Messages.PolicyOptions_badResolve, value));
                }
                resolutions.put(path, side(value.substring(equals + 1)));
            }
        }

        private static MergeSide side(String text) throws UsageException {
            for (MergeSide side : MergeSide.values()) {
                if (side.name().equalsIgnoreCase(text.strip())) {
                    return side;
                }
            }
            throw new UsageException(NLS.bind(Messages.PolicyOptions_badResolve, text));
        }

        private void fingerprint(String value) {
            int equals = value.lastIndexOf('=');
            if (equals < 0) {
                fingerprints.put("", value); //$NON-NLS-1$
            } else {
                fingerprints.put(value.substring(0, equals).strip(), value.substring(equals + 1).strip());
            }
        }

        PolicyOptions build() throws UsageException {
            if (!help) {
                check();
            }
            return new PolicyOptions(command, List.copyOf(servers), List.copyOf(scopes), template, List.copyOf(groups),
                    planOnly, discardLocal, resolveAll, Map.copyOf(resolutions), workspace, user,
                    Map.copyOf(fingerprints), registry, help);
        }

        private void check() throws UsageException {
            switch (command) {
                case PULL -> oneServer();
                case TEMPLATE -> {
                    if (template == null || template.isBlank()) {
                        throw new UsageException(NLS.bind(Messages.MoveOptions_missing, "--name")); //$NON-NLS-1$
                    }
                    oneServer();
                    if (scopes.size() != 1) {
                        throw new UsageException(Messages.PolicyOptions_oneScope);
                    }
                }
                case DIFF, APPLY -> {
                    if (template == null) {
                        oneServer();
                    } else if (servers.isEmpty() != scopes.isEmpty()) {
                        throw new UsageException(Messages.PolicyOptions_templateTargets);
                    }
                }
            }
            if (fingerprints.containsKey("") && servers.size() > 1) { //$NON-NLS-1$
                throw new UsageException(Messages.PolicyOptions_whichFingerprint);
            }
        }

        private void oneServer() throws UsageException {
            if (servers.size() != 1) {
                throw new UsageException(NLS.bind(Messages.PolicyOptions_oneServer, name(command)));
            }
        }

        private static String name(Command command) {
            return command.name().toLowerCase(Locale.ROOT);
        }
    }
}
