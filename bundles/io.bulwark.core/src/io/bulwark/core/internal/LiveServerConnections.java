package io.bulwark.core.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import io.bulwark.client.Credentials;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerConnection;
import io.bulwark.client.ServerException;
import io.bulwark.core.CredentialsException;
import io.bulwark.core.ModelExecutor;
import io.bulwark.core.ServerConnections;
import io.bulwark.core.ServerCredentials;
import io.bulwark.core.ServerRegistryService;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.edit.ModelEditing;
import io.bulwark.protocol.CertificateFingerprint;

/** The live connections of the console, connecting at start-up every server whose password is kept. */
@Component(service = ServerConnections.class)
public class LiveServerConnections implements ServerConnections {

    private final Map<ManagementServer, ServerConnection> connections = new HashMap<>();
    private final ResourceSet resources = new ResourceSetImpl();
    private AdapterFactoryEditingDomain editingDomain;
    private ServerRegistryService registry;
    private ServerCredentials credentials;
    private ModelExecutor modelExecutor;
    private StartupPasswordFile startupPasswords = new StartupPasswordFile(null);

    /** For DS. */
    public LiveServerConnections() {
    }

    /**
     * For plain Java hosts and tests.
     *
     * @param registry
     *            the servers
     * @param credentials
     *            their passwords
     * @param modelExecutor
     *            the model thread
     */
    public LiveServerConnections(ServerRegistryService registry, ServerCredentials credentials,
            ModelExecutor modelExecutor) {
        this.registry = registry;
        this.credentials = credentials;
        this.modelExecutor = modelExecutor;
        this.editingDomain = ModelEditing.createEditingDomain(resources);
    }

    @Reference
    void setRegistry(ServerRegistryService service) {
        this.registry = service;
    }

    @Reference
    void setCredentials(ServerCredentials service) {
        this.credentials = service;
    }

    @Reference
    void setModelExecutor(ModelExecutor service) {
        this.modelExecutor = service;
    }

    /**
     * Names the password file for start-up servers without a stored password
     * ({@link ServerCredentials#STARTUP_PASSWORD_FILE_PROPERTY}).
     */
    public void setStartupPasswords(StartupPasswordFile file) {
        this.startupPasswords = file;
    }

    @Activate
    void activate(BundleContext context) {
        editingDomain = ModelEditing.createEditingDomain(resources);
        startupPasswords = new StartupPasswordFile(StateFiles.named(context,
                ServerCredentials.STARTUP_PASSWORD_FILE_PROPERTY, ServerCredentials.STARTUP_PASSWORD_FILE_VARIABLE));
        if (!"false".equalsIgnoreCase(context.getProperty(CONNECT_ON_START_PROPERTY))) { //$NON-NLS-1$
            modelExecutor.execute(this::connectKnown);
        }
    }

    @Deactivate
    void deactivate() {
        Job.getJobManager().cancel(JOB_FAMILY);
        synchronized (connections) {
            connections.values().forEach(ServerConnection::close);
            connections.clear();
        }
    }

    /**
     * Connects every server of the registry whose password is kept, and every start-up server when a start-up password
     * file is named. Call on the model thread.
     */
    public void connectKnown() {
        for (ManagementServer server : registry.allServers()) {
            try {
                if (takesStartupPassword(server) || credentials.hasPassword(server)) {
                    connect(server);
                }
            } catch (CredentialsException e) {
                ILog.of(getClass()).warn(e.getMessage(), e);
            }
        }
    }

    @Override
    public ResourceSet getResourceSet() {
        return resources;
    }

    @Override
    public AdapterFactoryEditingDomain getEditingDomain() {
        return editingDomain;
    }

    @Override
    public ServerConnection connection(ManagementServer server) {
        synchronized (connections) {
            return connections.get(server);
        }
    }

    @Override
    public Job connect(ManagementServer server) {
        ServerConnection existing = connection(server);
        if (existing != null) {
            Job[] running = Job.getJobManager().find(server);
            if (running.length > 0) {
                return running[0];
            }
            if (existing.isLive()) {
                return Job.createSystem(NLS.bind(ConnectionMessages.ServerConnections_connect, server.getName()),
                        monitor -> Status.OK_STATUS);
            }
            disconnect(server);
        }
        String name = server.getName();
        ServerAddress address = new ServerAddress(server.isUseTls(), server.getHost(), server.getPort());
        String user = server.getUser() == null ? "root" : server.getUser(); //$NON-NLS-1$
        String pinned = server.getPinnedFingerprint();
        CertificateFingerprint pin = pinned == null ? null : CertificateFingerprint.parse(pinned);
        boolean startup = takesStartupPassword(server);
        Job job = new Job(NLS.bind(ConnectionMessages.ServerConnections_connect, name)) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                return open(server, name, address, user, pin, startup, monitor);
            }

            @Override
            public boolean belongsTo(Object family) {
                return family == JOB_FAMILY || family == server;
            }
        };
        job.setRule(new ServerRule(server));
        job.setUser(false);
        job.schedule();
        return job;
    }

    private boolean takesStartupPassword(ManagementServer server) {
        return startupPasswords.isNamed() && registry.startupServers().contains(server);
    }

    private IStatus open(ManagementServer server, String name, ServerAddress address, String user,
            CertificateFingerprint pin, boolean startup, IProgressMonitor monitor) {
        char[] password;
        try {
            password = startup ? startupPasswords.passwordFor(server, credentials) : credentials.password(server);
        } catch (CredentialsException e) {
            return Status.error(NLS.bind(ConnectionMessages.ServerConnections_noPassword, name, e.getMessage()), e);
        }
        if (password == null) {
            return Status.error(NLS.bind(ConnectionMessages.ServerConnections_noPassword, name, "")); //$NON-NLS-1$
        }
        ServerClient client = new ServerClient(address, new Credentials(user, password), pin);
        ServerConnection[] created = new ServerConnection[1];
        try {
            runOnModelThread(() -> {
                created[0] = new ServerConnection(server, client, resources, modelExecutor);
                synchronized (connections) {
                    connections.put(server, created[0]);
                }
            });
            created[0].open(monitor);
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            modelExecutor.execute(() -> disconnect(server));
            return Status.CANCEL_STATUS;
        } catch (ServerException e) {
            return Status.error(NLS.bind(ConnectionMessages.ServerConnections_failed, name, e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            client.close();
            return Status.CANCEL_STATUS;
        }
    }

    private void runOnModelThread(Runnable task) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        modelExecutor.execute(() -> {
            try {
                task.run();
            } finally {
                done.countDown();
            }
        });
        done.await();
    }

    @Override
    public void disconnect(ManagementServer server) {
        ServerConnection connection;
        synchronized (connections) {
            connection = connections.remove(server);
        }
        Job.getJobManager().cancel(server);
        if (connection != null) {
            connection.close();
        }
    }

    /** Serialises the jobs of one server; jobs of different servers run side by side. */
    private record ServerRule(ManagementServer server) implements ISchedulingRule {
        @Override
        public boolean contains(ISchedulingRule rule) {
            return equals(rule);
        }

        @Override
        public boolean isConflicting(ISchedulingRule rule) {
            return equals(rule);
        }
    }
}
