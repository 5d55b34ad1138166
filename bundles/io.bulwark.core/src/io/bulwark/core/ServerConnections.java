package io.bulwark.core;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

import io.bulwark.client.ServerConnection;
import io.bulwark.model.ManagementServer;

/**
 * The console's live connections to its servers: each connected server's agent tree is a resource of one resource set,
 * edited through one editing domain, and kept in step with the server by a {@link ServerConnection}.
 * <p>
 * Call every method on the model thread ({@link ModelExecutor}). Connecting runs as a cancellable job with progress;
 * each server connects, loads and fails on its own, so one slow or dead server never holds up the others.
 */
public interface ServerConnections {

    /** The family of every connect job, for waiting on them or cancelling them together. */
    Object JOB_FAMILY = ServerConnections.class;

    /**
     * Framework property: {@code false} to leave servers disconnected at start-up; by default the console connects
     * every server whose password it keeps.
     */
    String CONNECT_ON_START_PROPERTY = "bulwark.connectOnStart"; //$NON-NLS-1$

    /** @return the resource set holding every connected server's agent tree */
    ResourceSet getResourceSet();

    /** @return the editing domain every editor changes the model through, so that undo and redo work everywhere */
    AdapterFactoryEditingDomain getEditingDomain();

    /**
     * Connects to a server in the background: logs in with the stored password, trusting only the pinned certificate,
     * loads the server's state into the model and follows its changes. A server already connected or connecting is left
     * as it is.
     *
     * @param server
     *            a server of the registry
     * @return the scheduled job; its result says what failed and what to do
     */
    Job connect(ManagementServer server);

    /**
     * Disconnects a server: stops following it and takes its agent tree out of the model.
     *
     * @param server
     *            a server of the registry
     */
    void disconnect(ManagementServer server);

    /**
     * @param server
     *            a server of the registry
     * @return its connection while connected or connecting, else {@code null}
     */
    ServerConnection connection(ManagementServer server);
}
