package io.bulwark.core.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;

import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.ModelPackage;
import io.bulwark.model.ServerRegistry;

/**
 * The file a server registry is saved in (XMI), and the previous good copy beside it ({@code .bak}).
 * <p>
 * Every save is atomic ({@link AtomicFiles}) and first copies the current file to the backup. A file that cannot be
 * read at start-up is never overwritten: it is renamed aside ({@code .corrupt-TIMESTAMP}), the error is logged naming
 * both names, and the registry starts from the backup, which is restored as the current file. If the unreadable file
 * cannot even be renamed, saving is refused for the rest of the session rather than overwrite it.
 */
public final class RegistryStore {

    private static final String BACKUP_SUFFIX = ".bak"; //$NON-NLS-1$
    private static final String CORRUPT_SUFFIX = ".corrupt-"; //$NON-NLS-1$
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"); //$NON-NLS-1$
    private static final String BUNDLE_ID = "io.bulwark.core"; //$NON-NLS-1$

    private final Path file;
    private String saveRefusal;

    /**
     * @param file
     *            the registry file; it need not exist yet
     */
    public RegistryStore(Path file) {
        this.file = file.toAbsolutePath();
    }

    /** The registry file. */
    public Path file() {
        return file;
    }

    /** The previous good copy, replaced by each save. */
    public Path backup() {
        return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
    }

    /**
     * The registry read at start-up and how reading went.
     *
     * @param registry
     *            the registry read, or an empty one
     * @param status
     *            OK, or the error that was logged
     */
    public record Loaded(ServerRegistry registry, IStatus status) {
    }

    /** Reads the registry, recovering from an unreadable file as the class comment says. Never throws. */
    public Loaded load() {
        if (!Files.exists(file)) {
            return new Loaded(ModelFactory.eINSTANCE.createServerRegistry(), Status.OK_STATUS);
        }
        try {
            return new Loaded(read(file), Status.OK_STATUS);
        } catch (IOException failure) {
            return recover(failure);
        }
    }

    private Loaded recover(IOException failure) {
        Path aside;
        try {
            aside = keepAside(file);
        } catch (IOException e) {
            saveRefusal = NLS.bind(Messages.RegistryStore_corruptNotMoved,
                    new Object[]{file, failure.getMessage(), e.getMessage()});
            return new Loaded(backupOrEmpty(), error(saveRefusal, failure));
        }
        Path backup = backup();
        if (Files.exists(backup)) {
            try {
                ServerRegistry registry = read(backup);
                AtomicFiles.copy(backup, file);
                return new Loaded(registry, error(NLS.bind(Messages.RegistryStore_corruptBackupUsed,
                        new Object[]{file, failure.getMessage(), aside, backup}), failure));
            } catch (IOException backupFailure) {
                String backupAside = backupAside(backup);
                return new Loaded(ModelFactory.eINSTANCE.createServerRegistry(),
                        error(NLS.bind(Messages.RegistryStore_corruptNoGoodCopy,
                                new Object[]{file, failure.getMessage(), aside, backup, backupFailure.getMessage(),
                                        backupAside}),
                                failure));
            }
        }
        return new Loaded(ModelFactory.eINSTANCE.createServerRegistry(), error(
                NLS.bind(Messages.RegistryStore_corruptNoBackup, new Object[]{file, failure.getMessage(), aside}),
                failure));
    }

    private ServerRegistry backupOrEmpty() {
        try {
            return read(backup());
        } catch (IOException e) {
            return ModelFactory.eINSTANCE.createServerRegistry();
        }
    }

    private static String backupAside(Path backup) {
        try {
            return keepAside(backup).toString();
        } catch (IOException e) {
            return backup.toString();
        }
    }

    private static IStatus error(String message, Throwable cause) {
        IStatus status = new Status(IStatus.ERROR, BUNDLE_ID, message, cause);
        ILog.of(RegistryStore.class).log(status);
        return status;
    }

    /** Renames a file to a name no other file has, so that nothing is ever overwritten. */
    private static Path keepAside(Path path) throws IOException {
        String base = path.getFileName() + CORRUPT_SUFFIX + STAMP.format(LocalDateTime.now());
        for (int attempt = 0;; attempt++) {
            Path aside = path.resolveSibling(attempt == 0 ? base : base + '-' + attempt);
            try {
                return Files.move(path, aside);
            } catch (FileAlreadyExistsException e) {
                // that name is taken; try the next
            }
        }
    }

    /**
     * Saves a registry: the current file becomes the backup, then the new content replaces the file atomically.
     * Transient state (connection state, agent trees) is not written.
     */
    public void save(ServerRegistry registry) throws IOException {
        if (saveRefusal != null) {
            throw new IOException(saveRefusal);
        }
        byte[] content = serialize(registry);
        if (Files.exists(file)) {
            AtomicFiles.copy(file, backup());
        }
        AtomicFiles.write(file, content);
    }

    private byte[] serialize(ServerRegistry registry) throws IOException {
        Resource resource = new XMIResourceImpl(URI.createFileURI(file.toString()));
        resource.getContents().add(EcoreUtil.copy(registry));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        resource.save(out, Map.of(XMLResource.OPTION_ENCODING, "UTF-8")); //$NON-NLS-1$
        return out.toByteArray();
    }

    /**
     * Reads a registry file strictly: malformed XML, unknown content, a root that is not a registry, or servers without
     * an id or sharing one are errors.
     */
    public static ServerRegistry read(Path path) throws IOException {
        ResourceSet resources = new ResourceSetImpl();
        resources.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
        Resource resource = new XMIResourceImpl(URI.createFileURI(path.toAbsolutePath().toString()));
        resources.getResources().add(resource);
        try {
            resource.load(new ByteArrayInputStream(Files.readAllBytes(path)), Map.of());
        } catch (RuntimeException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof ServerRegistry)) {
            throw new IOException(Messages.RegistryStore_notARegistry);
        }
        ServerRegistry registry = (ServerRegistry) resource.getContents().get(0);
        checkIds(registry);
        resource.getContents().clear();
        return registry;
    }

    private static void checkIds(ServerRegistry registry) throws IOException {
        Set<String> ids = new HashSet<>();
        for (TreeIterator<EObject> it = registry.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ManagementServer server) {
                if (server.getId() == null || server.getId().isBlank() || !ids.add(server.getId())) {
                    throw new IOException(NLS.bind(Messages.RegistryStore_badServerId, server.getName()));
                }
            }
        }
    }
}
