package io.bulwark.server.internal.http;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.bulwark.server.internal.audit.AuditLog;
import io.bulwark.server.internal.events.ChangeFeed;

/**
 * What a {@link Mutation} works with: the transaction it runs in, the audit log written in that transaction, and the
 * change events published once it commits.
 */
public final class Change {

    private record Pending(String kind, String id, Object data) {
    }

    private final Connection connection;
    private final AuditLog audit;
    private final String user;
    private final String address;
    private final List<Pending> events = new ArrayList<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final List<Runnable> whenEnded = new ArrayList<>();

    Change(Connection connection, AuditLog audit, String user, String address) {
        this.connection = connection;
        this.audit = audit;
        this.user = user;
        this.address = address;
    }

    /** @return the connection of the change's transaction; never commit or close it */
    public Connection connection() {
        return connection;
    }

    /**
     * Records the change in the audit log, in this transaction.
     *
     * @param action
     *            what was done, e.g. {@code domain.create}
     * @param target
     *            what it was done to, e.g. {@code domain 12}
     * @param before
     *            the resource before, or {@code null}
     * @param after
     *            the resource after, or {@code null}
     * @throws SQLException
     *             if the entry cannot be written
     */
    public void audit(String action, String target, Object before, Object after) throws SQLException {
        audit.record(connection, user, address, action, target, before, after);
    }

    /**
     * Publishes a change event once the transaction commits; dropped if it rolls back.
     *
     * @param kind
     *            e.g. {@code domain.created}
     * @param id
     *            the resource's id
     * @param data
     *            the resource after the change, or {@code null}
     */
    public void publish(String kind, String id, Object data) {
        events.add(new Pending(kind, id, data));
    }

    /**
     * Runs a task once the transaction commits, after the events are published; dropped if it rolls back. For parts
     * that must see the committed state, e.g. in-memory state reloaded after a restore. The task must not throw; the
     * reply is sent after it ran.
     *
     * @param task
     *            what to run
     */
    public void afterCommit(Runnable task) {
        afterCommit.add(task);
    }

    /**
     * Runs a task once the transaction has ended, committed or rolled back, after the {@linkplain #afterCommit tasks
     * run on commit}. For what the change holds in memory while its transaction may still be rolled back. The task must
     * not throw.
     *
     * @param task
     *            what to run
     */
    public void whenEnded(Runnable task) {
        whenEnded.add(task);
    }

    void ended() {
        whenEnded.forEach(Runnable::run);
    }

    void committed(ChangeFeed feed) {
        for (Pending event : events) {
            feed.publish(event.kind(), event.id(), event.data());
        }
        afterCommit.forEach(Runnable::run);
    }
}
