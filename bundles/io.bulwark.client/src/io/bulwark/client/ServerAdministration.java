package io.bulwark.client;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import io.bulwark.client.internal.ResourcePaths;
import io.bulwark.client.internal.TypedCalls;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.admin.Account;
import io.bulwark.protocol.admin.AccountRequest;
import io.bulwark.protocol.admin.AuditPage;
import io.bulwark.protocol.components.Component;

/**
 * The calls of a {@link ServerClient} that administer its server rather than its fleet: accounts, the audit log and the
 * server's components. Obtained from {@link ServerClient#administration()}; shares its client's session, trust, retries
 * and cancellation.
 */
public final class ServerAdministration {

    private final TypedCalls calls;

    ServerAdministration(TypedCalls calls) {
        this.calls = calls;
    }

    /**
     * One page of the audit log, newest first.
     *
     * @param query
     *            which entries
     * @param cursor
     *            {@code null} for the newest page, else the previous page's {@link AuditPage#next()}
     * @param limit
     *            entries per page, 1–1000
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the page
     * @throws ServerException
     *             if the call fails
     */
    public AuditPage auditPage(AuditQuery query, String cursor, int limit, IProgressMonitor monitor)
            throws ServerException {
        StringBuilder path = new StringBuilder(ApiPaths.AUDIT).append("?limit=").append(limit); //$NON-NLS-1$
        String filter = query.toQueryString();
        if (!filter.isEmpty()) {
            path.append('&').append(filter);
        }
        if (cursor != null) {
            path.append("&cursor=").append(AgentQuery.encode(cursor)); //$NON-NLS-1$
        }
        return calls.get(path.toString(), AuditPage.class, monitor);
    }

    /**
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the components (pattern files, engines) the server holds, with their versions
     * @throws ServerException
     *             if the call fails
     */
    public List<Component> components(IProgressMonitor monitor) throws ServerException {
        return List.of(calls.get(ApiPaths.COMPONENTS, Component[].class, monitor));
    }

    /**
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the server's administrator accounts (root only)
     * @throws ServerException
     *             e.g. {@link ForbiddenException} for other roles
     */
    public List<Account> accounts(IProgressMonitor monitor) throws ServerException {
        return List.of(calls.get(ApiPaths.ACCOUNTS, Account[].class, monitor));
    }

    /**
     * Creates an administrator account (root only).
     *
     * @param request
     *            the account: user, role, password and, for an administrator, its domains
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the new account
     * @throws ServerException
     *             if the call fails
     */
    public Account createAccount(AccountRequest request, IProgressMonitor monitor) throws ServerException {
        return calls.mutate("POST", ApiPaths.ACCOUNTS, request, null, Account.class, monitor); //$NON-NLS-1$
    }

    /**
     * Changes an administrator account's role, domains or password (root only); consoles signed in as that user follow
     * the new role.
     *
     * @param user
     *            the account
     * @param request
     *            the role and, for an administrator, its domains; a password, or {@code null} to keep it
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the account changed
     * @throws ServerException
     *             if the call fails
     */
    public Account updateAccount(String user, AccountRequest request, IProgressMonitor monitor)
            throws ServerException {
        return calls.mutate("PUT", ResourcePaths.account(user), request, null, Account.class, monitor); //$NON-NLS-1$
    }

    /** @return the calls that update the server's components and notify its agents of them */
    public ComponentUpdates componentUpdates() {
        return new ComponentUpdates(calls);
    }

    /** @return the calls on the server's database backups */
    public ServerBackups backups() {
        return new ServerBackups(calls);
    }
}
