package io.bulwark.server.internal.accounts;

import java.sql.Connection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.admin.Account;
import io.bulwark.protocol.admin.AccountRequest;
import io.bulwark.server.internal.domains.DomainStore;
import io.bulwark.server.internal.http.Access;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiReply;
import io.bulwark.server.internal.http.ApiRequest;
import io.bulwark.server.internal.http.Change;
import io.bulwark.server.internal.http.RouteTable;
import io.bulwark.server.internal.storage.Database;

/**
 * Administrator accounts, for root only: {@code GET/POST /api/v1/accounts}, {@code GET/PUT/DELETE
 * /api/v1/accounts/{user}}. There is exactly one root; the others are administrators scoped to domains or read-only
 * operators.
 */
public final class AccountEndpoints {

    /** The shortest password accepted for a new or changed account. */
    public static final int MIN_PASSWORD = 8;

    private static final String ONE = ApiPaths.ACCOUNTS + "/{user}"; //$NON-NLS-1$
    private static final Pattern USER = Pattern.compile("[A-Za-z0-9._-]{1,64}"); //$NON-NLS-1$

    private final Database database;
    private final AccountStore accounts;
    private final DomainStore domains;

    /**
     * @param database
     *            the server's database
     * @param accounts
     *            the account table
     * @param domains
     *            the domain table, to check scopes
     */
    public AccountEndpoints(Database database, AccountStore accounts, DomainStore domains) {
        this.database = database;
        this.accounts = accounts;
        this.domains = domains;
    }

    /**
     * @param routes
     *            receives the account routes
     */
    public void register(RouteTable routes) {
        routes.add("GET", ApiPaths.ACCOUNTS, Access.SESSION, this::list) //$NON-NLS-1$
                .change("POST", ApiPaths.ACCOUNTS, this::create) //$NON-NLS-1$
                .add("GET", ONE, Access.SESSION, this::get) //$NON-NLS-1$
                .change("PUT", ONE, this::update) //$NON-NLS-1$
                .change("DELETE", ONE, this::delete); //$NON-NLS-1$
    }

    private ApiReply list(ApiRequest request) throws Exception {
        request.caller().requireRoot();
        try (Connection connection = database.connection()) {
            return ApiReply.ok(accounts.list(connection));
        }
    }

    private ApiReply get(ApiRequest request) throws Exception {
        String user = request.pathParameter("user"); //$NON-NLS-1$
        if (!request.caller().user().equals(user)) {
            request.caller().requireRoot();
        }
        try (Connection connection = database.connection()) {
            return ApiReply.ok(require(connection, user));
        }
    }

    private ApiReply create(ApiRequest request, Change change) throws Exception {
        request.caller().requireRoot();
        AccountRequest body = request.body(AccountRequest.class);
        if (body.user() == null || !USER.matcher(body.user()).matches()) {
            throw ApiException.invalid("user", "user must be 1-64 letters, digits, '.', '_' or '-'"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Role role = checkRole(body.role());
        char[] password = checkPassword(body.password(), true);
        Connection connection = change.connection();
        Set<Long> scope = checkDomains(connection, role, body.domainIds());
        if (accounts.find(connection, body.user()).isPresent()) {
            throw ApiException.conflict("An account named " + body.user() + " exists"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        accounts.create(connection, body.user(), role, password, scope);
        Account created = require(connection, body.user());
        change.audit("account.create", "account " + body.user(), null, created); //$NON-NLS-1$ //$NON-NLS-2$
        change.publish("account.created", body.user(), created); //$NON-NLS-1$
        return new ApiReply(201, created, Map.of());
    }

    private ApiReply update(ApiRequest request, Change change) throws Exception {
        request.caller().requireRoot();
        String user = request.pathParameter("user"); //$NON-NLS-1$
        AccountRequest body = request.body(AccountRequest.class);
        if (body.user() != null && !body.user().equals(user)) {
            throw ApiException.invalid("user", "Accounts cannot be renamed; the body's user differs from the path's"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Connection connection = change.connection();
        Account before = require(connection, user);
        Role role;
        Set<Long> scope;
        if (before.role().equals(Role.ROOT.storedName())) {
            if (body.role() != null && !body.role().equals(Role.ROOT.storedName())) {
                throw ApiException.invalid("role", "The root account keeps its role"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            role = Role.ROOT;
            scope = Set.of();
        } else {
            role = checkRole(body.role());
            scope = checkDomains(connection, role, body.domainIds());
        }
        accounts.update(connection, user, role, checkPassword(body.password(), false), scope);
        Account after = require(connection, user);
        change.audit("account.change", "account " + user, before, after); //$NON-NLS-1$ //$NON-NLS-2$
        change.publish("account.changed", user, after); //$NON-NLS-1$
        return ApiReply.ok(after);
    }

    private ApiReply delete(ApiRequest request, Change change) throws Exception {
        request.caller().requireRoot();
        String user = request.pathParameter("user"); //$NON-NLS-1$
        Connection connection = change.connection();
        Account before = require(connection, user);
        if (before.role().equals(Role.ROOT.storedName())) {
            throw ApiException.conflict("The root account cannot be deleted"); //$NON-NLS-1$
        }
        accounts.delete(connection, user);
        change.audit("account.delete", "account " + user, before, null); //$NON-NLS-1$ //$NON-NLS-2$
        change.publish("account.deleted", user, null); //$NON-NLS-1$
        return new ApiReply(204, null, Map.of());
    }

    private Account require(Connection connection, String user) throws Exception {
        return accounts.find(connection, user).orElseThrow(() -> ApiException.notFound("There is no account " + user)); //$NON-NLS-1$
    }

    private static Role checkRole(String role) throws ApiException {
        if (role == null) {
            throw ApiException.invalid("role", "role is required: administrator or operator"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        return switch (role.toLowerCase(Locale.ROOT)) {
            case "administrator" -> Role.ADMINISTRATOR; //$NON-NLS-1$
            case "operator" -> Role.OPERATOR; //$NON-NLS-1$
            default -> throw ApiException.invalid("role", //$NON-NLS-1$
                    "role must be administrator or operator, was \"" + role + "\"; there is only one root"); //$NON-NLS-1$ //$NON-NLS-2$
        };
    }

    private static char[] checkPassword(String password, boolean required) throws ApiException {
        if (password == null) {
            if (required) {
                throw ApiException.invalid("password", "password is required"); //$NON-NLS-1$ //$NON-NLS-2$
            }
            return null;
        }
        if (password.length() < MIN_PASSWORD) {
            throw ApiException.invalid("password", "A password needs at least " + MIN_PASSWORD + " characters"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
        }
        return password.toCharArray();
    }

    private Set<Long> checkDomains(Connection connection, Role role, List<Long> domainIds) throws Exception {
        List<Long> given = domainIds == null ? List.of() : domainIds;
        if (role == Role.OPERATOR) {
            if (!given.isEmpty()) {
                throw ApiException.invalid("domainIds", //$NON-NLS-1$
                        "An operator reads everything and changes nothing; it has no domains"); //$NON-NLS-1$
            }
            return Set.of();
        }
        if (given.isEmpty()) {
            throw ApiException.invalid("domainIds", "An administrator needs at least one domain"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        Set<Long> scope = new LinkedHashSet<>();
        for (Long id : given) {
            if (id == null || domains.find(connection, id.longValue()).isEmpty()) {
                throw ApiException.invalid("domainIds", "There is no domain " + id); //$NON-NLS-1$ //$NON-NLS-2$
            }
            scope.add(id);
        }
        return scope;
    }
}
