package io.bulwark.core.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.change.util.ChangeRecorder;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.bulwark.client.ServerAddress;
import io.bulwark.core.CredentialsException;
import io.bulwark.core.ImportReport;
import io.bulwark.core.ServerCredentials;
import io.bulwark.core.ServerDetails;
import io.bulwark.core.ServerRegistryException;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.ConnectionState;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.ServerFolder;
import io.bulwark.model.ServerRegistry;

/**
 * The registry of servers: read from its file at activation, saved after every change, then seeded with the servers
 * named by {@link ServerRegistryService#STARTUP_SERVERS_PROPERTY} or
 * {@link ServerRegistryService#STARTUP_SERVERS_VARIABLE} that are not registered yet.
 * <p>
 * Each change is checked by {@link RegistryRules} before it touches the model, made while a {@link ChangeRecorder}
 * watches, and saved; if saving fails the recorded change is reverted, so the model and the file never disagree.
 */
@Component(service = ServerRegistryService.class)
public class LiveServerRegistry implements ServerRegistryService {

    private static final String REGISTRY_FILE_NAME = "servers.xmi"; //$NON-NLS-1$

    private final ServerRegistry registry = ModelFactory.eINSTANCE.createServerRegistry();
    private final SaveOnChange saveOnChange = new SaveOnChange(this);
    private RegistryStore store;
    private IStatus loadStatus = Status.OK_STATUS;
    private boolean changing;
    private final List<String> startupServerIds = new ArrayList<>();

    @Reference
    private ServerCredentials credentials;

    /** For DS, and for tests of the start-up list: an empty registry kept in memory only, without credentials. */
    public LiveServerRegistry() {
    }

    /**
     * A registry saved in a store, read from it now.
     *
     * @param credentials
     *            where removed servers' passwords are forgotten; {@code null} when there are none
     */
    public LiveServerRegistry(RegistryStore store, ServerCredentials credentials) {
        this.credentials = credentials;
        open(store);
    }

    @Activate
    void activate(BundleContext context) {
        try {
            open(new RegistryStore(StateFiles.resolve(context, REGISTRY_FILE_PROPERTY, REGISTRY_FILE_NAME)));
        } catch (IllegalStateException e) {
            loadStatus = new Status(IStatus.ERROR, context.getBundle().getSymbolicName(),
                    NLS.bind(Messages.LiveServerRegistry_noStateLocation, REGISTRY_FILE_PROPERTY), e);
            ILog.of(getClass()).log(loadStatus);
        }
        String list = context.getProperty(STARTUP_SERVERS_PROPERTY);
        addStartupServers(list != null ? list : System.getenv(STARTUP_SERVERS_VARIABLE));
    }

    @Deactivate
    void deactivate() {
        registry.eAdapters().remove(saveOnChange);
    }

    private void open(RegistryStore newStore) {
        RegistryStore.Loaded loaded = newStore.load();
        store = newStore;
        loadStatus = loaded.status();
        registry.getFolders().addAll(loaded.registry().getFolders());
        registry.getServers().addAll(loaded.registry().getServers());
        for (ManagementServer server : allServers()) {
            server.setState(ConnectionState.DISCONNECTED);
        }
        registry.eAdapters().add(saveOnChange);
    }

    /**
     * Adds every server of a start-up list that is not registered yet: entries separated by commas or line breaks, each
     * {@code [NAME=]ADDRESS[;fingerprint=FINGERPRINT][;user=USER]} ({@link StartupEntry}). A given fingerprint is
     * pinned when the server has none pinned; a different pin already in place is kept and the difference logged, since
     * only the administrator may replace a pin. A given user is set when the server has none. An entry that cannot be
     * read is reported in the log with the reason and skipped; it does not stop the others.
     *
     * @return how many entries were refused
     */
    public int addStartupServers(String list) {
        if (list == null || list.isBlank()) {
            return 0;
        }
        int refused = 0;
        for (String entry : list.split("[,\\r\\n]+")) { //$NON-NLS-1$
            if (entry.isBlank()) {
                continue;
            }
            try {
                addStartupServer(StartupEntry.parse(entry));
            } catch (ServerRegistryException e) {
                refused++;
                ILog.of(getClass()).error(NLS.bind(Messages.LiveServerRegistry_startupEntryRefused,
                        new Object[]{STARTUP_SERVERS_PROPERTY, entry.strip(), e.getMessage()}));
            }
        }
        return refused;
    }

    private void addStartupServer(StartupEntry entry) throws ServerRegistryException {
        ManagementServer server = findServer(entry.address());
        if (server == null) {
            server = addServer(new ServerDetails(entry.name(), entry.address().host(), entry.address().port(),
                    entry.address().tls(), entry.user()), null);
        } else if (entry.user() != null && server.getUser() == null) {
            editServer(server, ServerDetails.of(server).withUser(entry.user()));
        }
        if (!startupServerIds.contains(server.getId())) {
            startupServerIds.add(server.getId());
        }
        String pinned = server.getPinnedFingerprint();
        if (entry.fingerprint() == null || entry.fingerprint().equals(pinned)) {
            return;
        }
        if (pinned == null) {
            pinCertificate(server, entry.fingerprint());
        } else {
            ILog.of(getClass()).warn(NLS.bind(Messages.LiveServerRegistry_startupPinKept,
                    new Object[]{STARTUP_SERVERS_PROPERTY, server.getName(), pinned, entry.fingerprint()}));
        }
    }

    @Override
    public List<ManagementServer> startupServers() {
        return startupServerIds.stream().map(this::findServerById).filter(Objects::nonNull).toList();
    }

    @Override
    public ServerRegistry getRegistry() {
        return registry;
    }

    @Override
    public IStatus getLoadStatus() {
        return loadStatus;
    }

    @Override
    public List<ManagementServer> allServers() {
        List<ManagementServer> servers = new ArrayList<>();
        collect(registry.getFolders(), registry.getServers(), servers);
        return servers;
    }

    private static void collect(List<ServerFolder> folders, List<ManagementServer> servers,
            List<ManagementServer> into) {
        for (ServerFolder folder : folders) {
            collect(folder.getFolders(), folder.getServers(), into);
        }
        into.addAll(servers);
    }

    @Override
    public ManagementServer findServer(ServerAddress address) {
        return allServers().stream().filter(server -> RegistryRules.sameAddress(server, address)).findFirst()
                .orElse(null);
    }

    @Override
    public ManagementServer findServerById(String id) {
        return allServers().stream().filter(server -> server.getId().equals(id)).findFirst().orElse(null);
    }

    @Override
    public ManagementServer addServer(ServerDetails details, ServerFolder folder) throws ServerRegistryException {
        ServerAddress address = RegistryRules.address(details);
        RegistryRules.checkAddressFree(allServers(), address, null);
        EList<ManagementServer> target = folder == null ? registry.getServers() : registered(folder).getServers();
        ManagementServer server = newServer(address, RegistryRules.serverName(details.name(), address),
                RegistryRules.user(details.user()));
        change(() -> target.add(server));
        return server;
    }

    /** A new, disconnected server with a new stable id. */
    static ManagementServer newServer(ServerAddress address, String name, String user) {
        ManagementServer server = ModelFactory.eINSTANCE.createManagementServer();
        server.setId(UUID.randomUUID().toString());
        server.setName(name);
        server.setHost(address.host());
        server.setPort(address.port());
        server.setUseTls(address.tls());
        server.setUser(user);
        server.setState(ConnectionState.DISCONNECTED);
        return server;
    }

    static ServerFolder newFolder(String name) {
        ServerFolder folder = ModelFactory.eINSTANCE.createServerFolder();
        folder.setName(name);
        return folder;
    }

    @Override
    public void editServer(ManagementServer server, ServerDetails details) throws ServerRegistryException {
        registered(server);
        ServerAddress address = RegistryRules.address(details);
        RegistryRules.checkAddressFree(allServers(), address, server);
        String name = RegistryRules.serverName(details.name(), address);
        String user = RegistryRules.user(details.user());
        change(() -> {
            server.setName(name);
            server.setHost(address.host());
            server.setPort(address.port());
            server.setUseTls(address.tls());
            server.setUser(user);
            return server;
        });
    }

    @Override
    public void removeServer(ManagementServer server) throws ServerRegistryException {
        registered(server);
        change(() -> {
            EcoreUtil.remove(server);
            return server;
        });
        if (credentials != null) {
            try {
                credentials.forget(server);
            } catch (CredentialsException e) {
                ILog.of(getClass()).warn(NLS.bind(Messages.LiveServerRegistry_passwordNotForgotten, server.getName(),
                        e.getMessage()), e);
            }
        }
    }

    @Override
    public ServerFolder createFolder(String name, ServerFolder parent) throws ServerRegistryException {
        EList<ServerFolder> siblings = folders(parent == null ? null : registered(parent));
        ServerFolder folder = newFolder(RegistryRules.folderName(name, siblings, null));
        change(() -> siblings.add(folder));
        return folder;
    }

    @Override
    public void renameFolder(ServerFolder folder, String name) throws ServerRegistryException {
        registered(folder);
        String newName = RegistryRules.folderName(name, siblingsOf(folder), folder);
        change(() -> {
            folder.setName(newName);
            return folder;
        });
    }

    @Override
    public void deleteFolder(ServerFolder folder) throws ServerRegistryException {
        registered(folder);
        if (!folder.getServers().isEmpty() || !folder.getFolders().isEmpty()) {
            throw new ServerRegistryException(NLS.bind(Messages.LiveServerRegistry_folderNotEmpty, folder.getName(),
                    folder.getServers().size(), folder.getFolders().size()));
        }
        change(() -> {
            EcoreUtil.remove(folder);
            return folder;
        });
    }

    @Override
    public void moveServer(ManagementServer server, ServerFolder target) throws ServerRegistryException {
        registered(server);
        EList<ManagementServer> servers = target == null ? registry.getServers() : registered(target).getServers();
        if (!servers.contains(server)) {
            change(() -> servers.add(server));
        }
    }

    @Override
    public void moveFolder(ServerFolder folder, ServerFolder target) throws ServerRegistryException {
        registered(folder);
        if (target != null) {
            registered(target);
            RegistryRules.checkNoCycle(folder, target);
        }
        EList<ServerFolder> siblings = folders(target);
        if (siblings.contains(folder)) {
            return;
        }
        RegistryRules.folderName(folder.getName(), siblings, folder);
        change(() -> siblings.add(folder));
    }

    @Override
    public void pinCertificate(ManagementServer server, String fingerprint) throws ServerRegistryException {
        registered(server);
        String pin = RegistryRules.fingerprint(fingerprint);
        String pinned = server.getPinnedFingerprint();
        if (pin.equals(pinned)) {
            return;
        }
        if (pinned != null) {
            throw new ServerRegistryException(
                    NLS.bind(Messages.LiveServerRegistry_otherCertificatePinned, new Object[]{server.getName(), pinned,
                            pin}));
        }
        setPin(server, pin);
    }

    @Override
    public void replacePinnedCertificate(ManagementServer server, String fingerprint) throws ServerRegistryException {
        registered(server);
        setPin(server, RegistryRules.fingerprint(fingerprint));
    }

    private void setPin(ManagementServer server, String pin) throws ServerRegistryException {
        change(() -> {
            server.setPinnedFingerprint(pin);
            return server;
        });
    }

    @Override
    public void exportServers(Path file) throws ServerRegistryException {
        ServerListFile.write(registry, file);
    }

    @Override
    public ImportReport importServers(Path file) throws ServerRegistryException {
        ServerListImport planned = ServerListImport.plan(ServerListFile.read(file), allServers());
        return change(() -> planned.apply(registry));
    }

    private EList<ServerFolder> folders(ServerFolder parent) {
        return parent == null ? registry.getFolders() : parent.getFolders();
    }

    private EList<ServerFolder> siblingsOf(ServerFolder folder) {
        return folder.eContainer() instanceof ServerFolder parent ? parent.getFolders() : registry.getFolders();
    }

    private <T extends EObject> T registered(T object) throws ServerRegistryException {
        if (object == null || !EcoreUtil.isAncestor(registry, object)) {
            throw new ServerRegistryException(Messages.LiveServerRegistry_notRegistered);
        }
        return object;
    }

    /**
     * Makes a change that passed every check and saves it; if saving fails, undoes it and reports why.
     */
    private <T> T change(Supplier<T> change) throws ServerRegistryException {
        ChangeRecorder recorder = new ChangeRecorder(registry);
        changing = true;
        try {
            T result = change.get();
            try {
                save();
            } catch (ServerRegistryException e) {
                recorder.endRecording().apply();
                throw e;
            }
            return result;
        } finally {
            changing = false;
            recorder.dispose();
        }
    }

    private void save() throws ServerRegistryException {
        if (store == null) {
            return;
        }
        try {
            store.save(registry);
        } catch (IOException e) {
            throw new ServerRegistryException(NLS.bind(Messages.LiveServerRegistry_saveFailed, store.file(),
                    e.getMessage()), e);
        }
    }

    /** Saves a change made directly to the model outside this service's methods; failures are logged. */
    void saveDirectChange() {
        if (changing) {
            return;
        }
        try {
            save();
        } catch (ServerRegistryException e) {
            ILog.of(getClass()).error(e.getMessage(), e);
        }
    }
}
