package io.bulwark.core.policy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ServerAddress;
import io.bulwark.core.internal.AtomicFiles;
import io.bulwark.core.internal.policy.FormatProblem;
import io.bulwark.core.internal.policy.Messages;
import io.bulwark.core.internal.policy.PolicyFiles;
import io.bulwark.core.internal.policy.WorkspacePaths;

/**
 * The policy workspace: a folder of files, one per server scope and one per template, that is read and edited with no
 * server contacted, and can live in version control (decision 0010). Every file is written atomically and only when it
 * reads back; the copy it replaces is kept beside it as {@code FILE.bak} when that copy was readable, so a hand-broken
 * file is reported with its line and the last good copy is still there.
 */
public final class PolicyWorkspace {

    /** The system property naming the workspace folder. */
    public static final String FOLDER_PROPERTY = "bulwark.policies"; //$NON-NLS-1$

    /** The environment variable naming the workspace folder when the property is not set. */
    public static final String FOLDER_VARIABLE = "BULWARK_POLICIES"; //$NON-NLS-1$

    /** The suffix of the last good copy of a file. */
    public static final String BACKUP_SUFFIX = ".bak"; //$NON-NLS-1$

    private final Path folder;

    /**
     * @param folder
     *            the workspace folder; created on the first save
     */
    public PolicyWorkspace(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder").toAbsolutePath().normalize(); //$NON-NLS-1$
    }

    /**
     * @return the folder the system property {@value #FOLDER_PROPERTY} names, else the environment variable
     *         {@value #FOLDER_VARIABLE}, else {@code ~/.bulwark/policies}
     */
    public static Path defaultFolder() {
        return configuredFolder().orElseGet(PolicyWorkspace::homeFolder);
    }

    /**
     * @return the folder the system property {@value #FOLDER_PROPERTY} names, else the environment variable
     *         {@value #FOLDER_VARIABLE}, if either is set: the choice of one run, which goes before any other
     */
    public static Optional<Path> configuredFolder() {
        String configured = System.getProperty(FOLDER_PROPERTY);
        if (configured == null || configured.isBlank()) {
            configured = System.getenv(FOLDER_VARIABLE);
        }
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured.strip()).toAbsolutePath());
        }
        return Optional.empty();
    }

    /** @return {@code ~/.bulwark/policies}, the folder when nothing else names one */
    public static Path homeFolder() {
        return Path.of(System.getProperty("user.home"), ".bulwark", "policies"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
    }

    /** @return the workspace folder */
    public Path folder() {
        return folder;
    }

    /**
     * @return the file of a scope's copy (whether it exists or not); a domain's names match an existing file ignoring
     *         case, as they match on the server
     */
    public Path file(PolicyTarget target) {
        Path exact = WorkspacePaths.scope(folder, target);
        if (target.scope().kind() != WorkspaceScope.Kind.DOMAIN || Files.exists(exact)) {
            return exact;
        }
        try {
            for (WorkspaceScope held : scopes(target.server())) {
                if (held.equals(target.scope())) {
                    return WorkspacePaths.scope(folder, new PolicyTarget(target.server(), held));
                }
            }
        } catch (PolicyFileException e) {
            return exact;
        }
        return exact;
    }

    /**
     * @return the file of a template (whether it exists or not); the name matches an existing template ignoring case
     */
    public Path templateFile(String name) {
        Path exact = WorkspacePaths.template(folder, name);
        if (Files.exists(exact)) {
            return exact;
        }
        try {
            for (String held : templates()) {
                if (held.equalsIgnoreCase(name)) {
                    return WorkspacePaths.template(folder, held);
                }
            }
        } catch (PolicyFileException e) {
            return exact;
        }
        return exact;
    }

    /** @return whether the workspace holds a template of the name, ignoring case */
    public boolean containsTemplate(String name) {
        return Files.isRegularFile(templateFile(name));
    }

    /** @return whether the workspace holds a copy of the scope */
    public boolean contains(PolicyTarget target) {
        return Files.isRegularFile(file(target));
    }

    /**
     * @param server
     *            a server
     * @return the scopes of that server the workspace holds copies of, the root first, then domains, then agents
     * @throws PolicyFileException
     *             if the server's folder cannot be listed
     */
    public List<WorkspaceScope> scopes(ServerAddress server) throws PolicyFileException {
        Path serverFolder = WorkspacePaths.server(folder, server);
        List<WorkspaceScope> scopes = new ArrayList<>();
        if (!Files.isDirectory(serverFolder)) {
            return scopes;
        }
        try (Stream<Path> files = Files.walk(serverFolder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                WorkspaceScope scope = WorkspacePaths.scopeOf(serverFolder, file);
                if (scope != null) {
                    scopes.add(scope);
                }
            }
        } catch (IOException e) {
            throw new PolicyFileException(serverFolder, 0,
                    NLS.bind(Messages.PolicyWorkspace_unlistable, serverFolder, e.getMessage()), e);
        }
        scopes.sort(null);
        return scopes;
    }

    /**
     * @return the names of the templates in the workspace, sorted
     * @throws PolicyFileException
     *             if the templates folder cannot be listed
     */
    public List<String> templates() throws PolicyFileException {
        Path templates = WorkspacePaths.templates(folder);
        List<String> names = new ArrayList<>();
        if (!Files.isDirectory(templates)) {
            return names;
        }
        try (Stream<Path> files = Files.list(templates)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = WorkspacePaths.templateOf(file);
                if (name != null) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new PolicyFileException(templates, 0,
                    NLS.bind(Messages.PolicyWorkspace_unlistable, templates, e.getMessage()), e);
        }
        names.sort(String.CASE_INSENSITIVE_ORDER);
        return names;
    }

    /**
     * Reads a scope's copy. Contacts no server.
     *
     * @param target
     *            the server and scope
     * @return the copy
     * @throws PolicyFileException
     *             if there is no copy, or its file cannot be read, is broken or holds another scope, naming the file
     *             and the line
     */
    public ScopePolicy read(PolicyTarget target) throws PolicyFileException {
        Path file = file(target);
        ScopePolicy policy;
        try {
            policy = PolicyFiles.readScope(content(file, NLS.bind(Messages.PolicyWorkspace_noCopy, target, folder)));
        } catch (FormatProblem e) {
            throw broken(file, e);
        }
        if (!policy.target().equals(target)) {
            throw new PolicyFileException(file, 0,
                    NLS.bind(Messages.PolicyWorkspace_otherScope, new Object[]{file, policy.target(), target}), null);
        }
        return policy;
    }

    /**
     * Reads a template. Contacts no server.
     *
     * @param name
     *            its name
     * @return the template
     * @throws PolicyFileException
     *             if there is no such template, or its file cannot be read or is broken, naming the file and the line
     */
    public PolicyTemplate readTemplate(String name) throws PolicyFileException {
        Path file = templateFile(name);
        PolicyTemplate template;
        try {
            template = PolicyFiles.readTemplate(content(file, NLS.bind(Messages.PolicyWorkspace_noTemplate, name,
                    folder)));
        } catch (FormatProblem e) {
            throw broken(file, e);
        }
        if (!template.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
            throw new PolicyFileException(file, 0,
                    NLS.bind(Messages.PolicyWorkspace_otherTemplate, new Object[]{file, template.name(), name}), null);
        }
        return template;
    }

    /**
     * Saves a scope's copy atomically, keeping the copy it replaces as {@code FILE.bak} if that was readable.
     *
     * @param policy
     *            the copy
     * @throws PolicyFileException
     *             if its settings break a rule (nothing is written) or the file cannot be written (the previous file is
     *             kept)
     */
    public void save(ScopePolicy policy) throws PolicyFileException {
        Path file = file(policy.target());
        byte[] content;
        try {
            content = PolicyFiles.write(policy);
            PolicyFiles.readScope(content);
        } catch (IOException e) {
            throw unwritable(file, e);
        } catch (FormatProblem e) {
            throw new PolicyFileException(file, 0, NLS.bind(Messages.PolicyWorkspace_refused, file, e.getMessage()),
                    e);
        }
        replace(file, content, true);
    }

    /**
     * Saves a template atomically, keeping the copy it replaces as {@code FILE.bak} if that was readable.
     *
     * @param template
     *            the template
     * @throws PolicyFileException
     *             if its settings break a rule or its name is blank (nothing is written) or the file cannot be written
     *             (the previous file is kept)
     */
    public void save(PolicyTemplate template) throws PolicyFileException {
        Path file = templateFile(template.name());
        byte[] content;
        try {
            content = PolicyFiles.write(template);
            PolicyFiles.readTemplate(content);
        } catch (IOException e) {
            throw unwritable(file, e);
        } catch (FormatProblem e) {
            throw new PolicyFileException(file, 0, NLS.bind(Messages.PolicyWorkspace_refused, file, e.getMessage()),
                    e);
        }
        replace(file, content, false);
    }

    private static void replace(Path file, byte[] content, boolean scope) throws PolicyFileException {
        try {
            if (Files.isRegularFile(file) && readable(file, scope)) {
                AtomicFiles.copy(file, backup(file));
            }
            AtomicFiles.write(file, content);
        } catch (IOException e) {
            throw unwritable(file, e);
        }
    }

    private static boolean readable(Path file, boolean scope) throws IOException {
        byte[] content = Files.readAllBytes(file);
        try {
            if (scope) {
                PolicyFiles.readScope(content);
            } else {
                PolicyFiles.readTemplate(content);
            }
            return true;
        } catch (FormatProblem e) {
            return false;
        }
    }

    /** @return where the last good copy of a workspace file is kept */
    public static Path backup(Path file) {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    private static byte[] content(Path file, String missing) throws PolicyFileException {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PolicyFileException(file, 0, missing, e);
        } catch (IOException e) {
            throw new PolicyFileException(file, 0, NLS.bind(Messages.PolicyWorkspace_unreadable, file, e.getMessage()),
                    e);
        }
    }

    private static PolicyFileException broken(Path file, FormatProblem problem) {
        String where = problem.line() > 0
                ? NLS.bind(Messages.PolicyWorkspace_brokenAtLine, new Object[]{file,
                        Integer.valueOf(problem.line()), problem.getMessage()})
                : NLS.bind(Messages.PolicyWorkspace_broken, file, problem.getMessage());
        Path backup = backup(file);
        String message = Files.isRegularFile(backup)
                ? where + " " + NLS.bind(Messages.PolicyWorkspace_backupKept, backup) //$NON-NLS-1$
                : where;
        return new PolicyFileException(file, problem.line(), message, problem);
    }

    private static PolicyFileException unwritable(Path file, IOException e) {
        return new PolicyFileException(file, 0, NLS.bind(Messages.PolicyWorkspace_unwritable, file, e.getMessage()),
                e);
    }
}
