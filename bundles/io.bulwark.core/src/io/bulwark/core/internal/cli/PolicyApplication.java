package io.bulwark.core.internal.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.eclipse.emf.ecore.EReference;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.internal.cli.MoveOptions.UsageException;
import io.bulwark.core.internal.cli.PolicyOptions.Command;
import io.bulwark.core.internal.cli.ServerLogin.RefusedException;
import io.bulwark.core.policy.ApplyPreview;
import io.bulwark.core.policy.ApplyResult;
import io.bulwark.core.policy.PolicyApply;
import io.bulwark.core.policy.PolicyException;
import io.bulwark.core.policy.PolicyFileException;
import io.bulwark.core.policy.PolicyPull;
import io.bulwark.core.policy.PolicyTarget;
import io.bulwark.core.policy.PolicyTemplate;
import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.core.policy.ScopeDiff;
import io.bulwark.core.policy.ScopePolicy;
import io.bulwark.core.policy.ServerDiff;
import io.bulwark.core.policy.WorkspaceDiff;
import io.bulwark.core.policy.WorkspaceScope;
import io.bulwark.model.merge.MergeSide;
import io.bulwark.model.merge.SettingConflict;
import io.bulwark.model.merge.SettingPath;
import io.bulwark.model.settings.PolicyGroups;

/**
 * {@code bulwark policy}: the headless application ({@code io.bulwark.core.policy}) over the console's policy workspace
 * code, so that policies can live in version control and be applied from scripts. {@code pull} takes scopes offline,
 * {@code diff} compares the workspace with servers, {@code apply} previews the three-way merge per target and writes
 * with {@code If-Match} only when nothing conflicts ({@code --plan-only} stops after the preview), {@code template}
 * makes a template from a copy. Exit codes: 0 done (for {@code diff}: no differences), 1 differences ({@code diff}) or
 * conflicts, problems or targets not written ({@code apply}), 2 refused input (options, workspace files, scopes,
 * certificates, local changes), 3 a failure talking to a server.
 */
public final class PolicyApplication implements IApplication {

    static final int DONE = 0;
    static final int DIFFERENT = 1;
    static final int REFUSED = 2;
    static final int FAILED = 3;

    /** The environment variable holding the password of every server. */
    static final String PASSWORD_VARIABLE = "BULWARK_PASSWORD"; //$NON-NLS-1$

    private final PrintStream out;
    private final PrintStream err;
    private final UnaryOperator<String> environment;

    /** The application as the framework starts it: the process's streams and environment. */
    public PolicyApplication() {
        this(System.out, System.err, System::getenv);
    }

    /**
     * @param out
     *            receives reports
     * @param err
     *            receives errors
     * @param environment
     *            the environment variables
     */
    public PolicyApplication(PrintStream out, PrintStream err, UnaryOperator<String> environment) {
        this.out = out;
        this.err = err;
        this.environment = environment;
    }

    @Override
    public Object start(IApplicationContext context) {
        Object given = context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        String[] args = given instanceof String[] strings ? strings : new String[0];
        context.applicationRunning();
        return Integer.valueOf(run(args));
    }

    @Override
    public void stop() {
        // every step is written before the next; nothing to end
    }

    /**
     * @param args
     *            the command and its options
     * @return the exit code
     */
    public int run(String[] args) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) { //$NON-NLS-1$ //$NON-NLS-2$
            (args.length == 0 ? err : out).println(Messages.PolicyApplication_usage);
            return args.length == 0 ? REFUSED : DONE;
        }
        PolicyOptions options;
        Command command = null;
        try {
            command = Command.parse(args[0]);
            options = PolicyOptions.parse(command, Arrays.asList(args).subList(1, args.length));
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(command == null ? Messages.PolicyApplication_usage : command.usage());
            return REFUSED;
        }
        if (options.help()) {
            out.println(command.usage());
            return DONE;
        }
        PolicyWorkspace workspace = new PolicyWorkspace(
                options.workspace() != null ? options.workspace() : PolicyWorkspace.defaultFolder());
        try (Servers servers = new Servers(options, environment)) {
            return switch (command) {
                case PULL -> pull(options, workspace, servers);
                case DIFF -> diff(options, workspace, servers);
                case APPLY -> apply(options, workspace, servers);
                case TEMPLATE -> template(options, workspace);
            };
        } catch (RefusedException | PolicyException | PolicyFileException e) {
            err.println(e.getMessage());
            return REFUSED;
        } catch (ServerException e) {
            err.println(e.getMessage());
            return FAILED;
        }
    }

    private int pull(PolicyOptions options, PolicyWorkspace workspace, Servers servers)
            throws RefusedException, PolicyException, PolicyFileException, ServerException {
        ServerClient client = servers.open(options.servers().get(0));
        List<ScopePolicy> pulled = new PolicyPull(workspace, client).pull(options.scopes(), options.discardLocal(),
                null);
        new PolicyReport(out).pulled(pulled, workspace.folder().toString());
        return DONE;
    }

    private int diff(PolicyOptions options, PolicyWorkspace workspace, Servers servers)
            throws RefusedException, PolicyException, PolicyFileException, ServerException {
        PolicyReport report = new PolicyReport(out);
        boolean same = true;
        if (options.template() != null) {
            for (PolicyTarget target : templateTargets(options, workspace)) {
                ScopeDiff diff = new WorkspaceDiff(workspace, servers.open(target.server().toString()))
                        .compareTemplate(options.template(), target.scope(), null);
                report.diff(diff);
                same &= diff.changes().isEmpty();
            }
            return same ? DONE : DIFFERENT;
        }
        WorkspaceDiff diff = new WorkspaceDiff(workspace, servers.open(options.servers().get(0)));
        if (options.scopes().isEmpty()) {
            ServerDiff whole = diff.compareServer(null);
            report.diff(whole);
            return whole.same() ? DONE : DIFFERENT;
        }
        for (WorkspaceScope scope : options.scopes()) {
            ScopeDiff one = diff.compare(scope, null);
            report.diff(one);
            same &= one.changes().isEmpty();
        }
        return same ? DONE : DIFFERENT;
    }

    private int apply(PolicyOptions options, PolicyWorkspace workspace, Servers servers)
            throws RefusedException, PolicyException, PolicyFileException, ServerException {
        PolicyApply apply = new PolicyApply(workspace);
        List<ApplyPreview> previews = new ArrayList<>();
        if (options.template() != null) {
            for (PolicyTarget target : templateTargets(options, workspace)) {
                previews.add(apply.previewTemplate(options.template(), target,
                        servers.open(target.server().toString()), null));
            }
        } else {
            ServerClient client = servers.open(options.servers().get(0));
            List<WorkspaceScope> scopes = options.scopes().isEmpty()
                    ? workspace.scopes(client.address())
                    : options.scopes();
            if (scopes.isEmpty()) {
                throw new PolicyException(NLS.bind(Messages.PolicyApplication_noCopies, client.address(),
                        workspace.folder()));
            }
            for (WorkspaceScope scope : scopes) {
                previews.add(apply.preview(new PolicyTarget(client.address(), scope), client, null));
            }
        }
        PolicyReport report = new PolicyReport(out);
        previews.forEach(report::preview);
        Map<ApplyPreview, Map<SettingPath, MergeSide>> choices = choices(options, previews);
        int unresolved = 0;
        int problems = 0;
        for (ApplyPreview preview : previews) {
            unresolved += preview.conflicts().size() - choices.get(preview).size();
            problems += preview.problems().size();
        }
        if (unresolved > 0 || problems > 0) {
            err.println(NLS.bind(Messages.PolicyApplication_notApplied, Integer.valueOf(unresolved),
                    Integer.valueOf(problems)));
            return DIFFERENT;
        }
        if (options.planOnly()) {
            return DONE;
        }
        boolean all = true;
        for (ApplyPreview preview : previews) {
            boolean current = preview.base() != null && preview.base().version() == preview.serverVersion();
            if (preview.nothingToApply() && current) {
                continue;
            }
            ApplyResult result = apply.apply(preview, choices.get(preview),
                    servers.open(preview.target().server().toString()), null);
            report.result(result);
            all &= result.succeeded();
        }
        return all ? DONE : DIFFERENT;
    }

    /** The side each conflict takes, per preview, from {@code --resolve}; refuses a path that is no conflict. */
    private static Map<ApplyPreview, Map<SettingPath, MergeSide>> choices(PolicyOptions options,
            List<ApplyPreview> previews) throws PolicyException {
        Map<ApplyPreview, Map<SettingPath, MergeSide>> choices = new LinkedHashMap<>();
        Map<String, Boolean> named = new HashMap<>();
        options.resolutions().keySet().forEach(path -> named.put(path, Boolean.FALSE));
        for (ApplyPreview preview : previews) {
            Map<SettingPath, MergeSide> chosen = new HashMap<>();
            for (SettingConflict conflict : preview.conflicts()) {
                MergeSide side = options.resolveAll();
                for (Map.Entry<String, MergeSide> resolution : options.resolutions().entrySet()) {
                    if (resolution.getKey().equalsIgnoreCase(conflict.path().toString())) {
                        side = resolution.getValue();
                        named.put(resolution.getKey(), Boolean.TRUE);
                    }
                }
                if (side != null) {
                    chosen.put(conflict.path(), side);
                }
            }
            choices.put(preview, chosen);
        }
        List<String> unknown = named.entrySet().stream().filter(entry -> !entry.getValue().booleanValue())
                .map(Map.Entry::getKey).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new PolicyException(NLS.bind(Messages.PolicyApplication_noSuchConflict, String.join(", ", unknown))); //$NON-NLS-1$
        }
        return choices;
    }

    /** The targets named by {@code --server} and {@code --scope} (each scope on each server), else the template's. */
    private static List<PolicyTarget> templateTargets(PolicyOptions options, PolicyWorkspace workspace)
            throws RefusedException, PolicyFileException, PolicyException {
        List<PolicyTarget> targets = new ArrayList<>();
        if (options.servers().isEmpty()) {
            targets.addAll(workspace.readTemplate(options.template()).bases().keySet());
            if (targets.isEmpty()) {
                throw new PolicyException(NLS.bind(Messages.PolicyApplication_noTargets, options.template()));
            }
            return targets;
        }
        for (String server : options.servers()) {
            ServerAddress address = Servers.address(server);
            for (WorkspaceScope scope : options.scopes()) {
                targets.add(new PolicyTarget(address, scope));
            }
        }
        return targets;
    }

    private int template(PolicyOptions options, PolicyWorkspace workspace) throws PolicyException, PolicyFileException,
            RefusedException {
        PolicyTarget from = new PolicyTarget(Servers.address(options.servers().get(0)), options.scopes().get(0));
        ScopePolicy copy = workspace.read(from);
        if (Files.exists(workspace.templateFile(options.template()))) {
            throw new PolicyException(NLS.bind(Messages.PolicyApplication_templateExists, options.template(),
                    workspace.templateFile(options.template())));
        }
        List<EReference> groups = new ArrayList<>();
        if (options.groups().isEmpty()) {
            PolicyGroups.all().stream().filter(group -> copy.settings().eGet(group) != null).forEach(groups::add);
        }
        for (String name : options.groups()) {
            EReference group = PolicyGroups.byName(name);
            if (group == null) {
                throw new PolicyException(NLS.bind(Messages.PolicyApplication_unknownGroup, name, String.join(", ", //$NON-NLS-1$
                        PolicyGroups.all().stream().map(PolicyGroups::name).toList())));
            }
            if (copy.settings().eGet(group) == null) {
                throw new PolicyException(NLS.bind(Messages.PolicyApplication_groupInherited, name, from));
            }
            groups.add(group);
        }
        PolicyTemplate template = PolicyTemplate.of(options.template(), copy.settings(), groups);
        workspace.save(template);
        out.println(NLS.bind(Messages.PolicyApplication_templateSaved, new Object[]{options.template(),
                workspace.templateFile(options.template()), String.join(", ", //$NON-NLS-1$
                        groups.stream().map(PolicyGroups::name).toList())}));
        return DONE;
    }

    /** The servers of one run, each logged in once on first use and closed at the end. */
    private static final class Servers implements AutoCloseable {
        private final PolicyOptions options;
        private final UnaryOperator<String> environment;
        private final Map<ServerAddress, ServerClient> clients = new LinkedHashMap<>();

        Servers(PolicyOptions options, UnaryOperator<String> environment) {
            this.options = options;
            this.environment = environment;
        }

        static ServerAddress address(String url) throws RefusedException {
            try {
                return new PolicyTarget(ServerAddress.parse(url), WorkspaceScope.root()).server();
            } catch (IllegalArgumentException e) {
                throw new RefusedException(NLS.bind(Messages.PolicyApplication_badServer, url, e.getMessage()));
            }
        }

        ServerClient open(String url) throws RefusedException, ServerException {
            ServerAddress address = address(url);
            ServerClient client = clients.get(address);
            if (client == null) {
                client = ServerLogin.open(address.toString(), address.toString(), options.user(), environment,
                        PASSWORD_VARIABLE, fingerprint(address), "--fingerprint", options.registry()); //$NON-NLS-1$
                clients.put(address, client);
            }
            return client;
        }

        private String fingerprint(ServerAddress address) throws RefusedException {
            for (Map.Entry<String, String> given : options.fingerprints().entrySet()) {
                if (given.getKey().isEmpty() || address(given.getKey()).equals(address)) {
                    return given.getValue();
                }
            }
            return null;
        }

        @Override
        public void close() {
            clients.values().forEach(ServerClient::close);
        }
    }
}
