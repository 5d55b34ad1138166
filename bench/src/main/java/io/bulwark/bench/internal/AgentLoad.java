package io.bulwark.bench.internal;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.Credentials;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerConnection;
import io.bulwark.client.internal.live.Messages;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.tree.AgentTreeIndex;
import io.bulwark.protocol.CertificateFingerprint;

/**
 * Loads a server's agents into the console's model the way the console does: a {@link ServerClient} and a
 * {@link ServerConnection} that logs in, follows the event stream, reads the server's state and streams every agent
 * onto the model thread, which maps them into the server's agent tree. Here the model thread is a plain single thread,
 * as on the command line; each load starts from a new resource set and a new server object, so nothing is reused
 * between rounds.
 */
public final class AgentLoad {

    private final ServerAddress address;
    private final String user;
    private final String password;
    private final CertificateFingerprint fingerprint;

    /**
     * @param address
     *            the server
     * @param user
     *            the account to log in with
     * @param password
     *            its password
     * @param fingerprint
     *            the server's certificate fingerprint, pinned
     */
    public AgentLoad(ServerAddress address, String user, String password, CertificateFingerprint fingerprint) {
        this.address = address;
        this.user = user;
        this.password = password;
        this.fingerprint = fingerprint;
    }

    /**
     * What one load took.
     *
     * @param agents
     *            how many agents the model's tree held afterwards
     * @param nanos
     *            from the start of {@link ServerConnection#open} until the model thread had applied everything
     * @param connectNanos
     *            the part of that before the connection started reading the server's state: logging in (the server
     *            derives the password's hash, deliberately slow) and subscribing to the event stream
     */
    public record Result(int agents, long nanos, long connectNanos) {

        /** @return the time spent reading the server's state into the model, after logging in and subscribing */
        public long readNanos() {
            return nanos - connectNanos;
        }
    }

    /**
     * Opens a connection to the server in a fresh model and waits until the model holds everything it read.
     *
     * @return the agents in the tree and the time taken
     * @throws Exception
     *             if the server cannot be read or the model thread failed
     */
    public Result load() throws Exception {
        ExecutorService modelThread = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "bench-model"); //$NON-NLS-1$
            thread.setDaemon(true);
            return thread;
        });
        try {
            ResourceSet resources = new ResourceSetImpl();
            ServerClient client = new ServerClient(address, new Credentials(user, password.toCharArray()),
                    fingerprint);
            ServerConnection connection = onModelThread(modelThread, () -> {
                ManagementServer server = ModelFactory.eINSTANCE.createManagementServer();
                server.setId("bench"); //$NON-NLS-1$
                server.setName("bench"); //$NON-NLS-1$
                server.setHost(address.host());
                server.setPort(address.port());
                server.setUseTls(address.tls());
                return new ServerConnection(server, client, resources, modelThread);
            });
            try {
                PhaseClock clock = new PhaseClock(NLS.bind(Messages.ServerConnection_serverInfo, address));
                long start = System.nanoTime();
                connection.open(clock);
                // The model thread runs tasks in order: once this one ran, every batch of the load has been applied.
                int agents = onModelThread(modelThread, () -> AgentTreeIndex.of(connection.tree()).agentCount())
                        .intValue();
                long end = System.nanoTime();
                if (clock.reading == 0) {
                    throw new IllegalStateException("the connection never said it reads the server's state"); //$NON-NLS-1$
                }
                return new Result(agents, end - start, clock.reading - start);
            } finally {
                connection.close();
                onModelThread(modelThread, () -> null);
            }
        } finally {
            modelThread.shutdownNow();
        }
    }

    /** Notes when the connection starts reading the server's state, from the progress it reports. */
    private static final class PhaseClock extends NullProgressMonitor {
        private final String readingTask;
        volatile long reading;

        PhaseClock(String readingTask) {
            this.readingTask = readingTask;
        }

        @Override
        public void subTask(String name) {
            if (reading == 0 && readingTask.equals(name)) {
                reading = System.nanoTime();
            }
        }
    }

    private static <T> T onModelThread(ExecutorService modelThread, Callable<T> task)
            throws Exception {
        try {
            return modelThread.submit(task).get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception cause) {
                throw cause;
            }
            throw e;
        }
    }
}
