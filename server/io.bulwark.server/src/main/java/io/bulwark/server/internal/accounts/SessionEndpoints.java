package io.bulwark.server.internal.accounts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Map;

import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.admin.LoginRequest;
import io.bulwark.protocol.admin.SessionInfo;
import io.bulwark.server.internal.http.Access;
import io.bulwark.server.internal.http.ApiException;
import io.bulwark.server.internal.http.ApiReply;
import io.bulwark.server.internal.http.ApiRequest;
import io.bulwark.server.internal.http.Change;
import io.bulwark.server.internal.http.RouteTable;

/**
 * {@code POST /api/v1/sessions} (log in, throttled per user and address), {@code GET /api/v1/sessions/current} (who am
 * I) and {@code DELETE /api/v1/sessions/current} (log out).
 */
public final class SessionEndpoints {

    private final AccountStore accounts;
    private final SessionStore sessions;
    private final LoginThrottle throttle;

    /**
     * @param accounts
     *            checks passwords
     * @param sessions
     *            opens and closes sessions
     * @param throttle
     *            counts failed logins
     */
    public SessionEndpoints(AccountStore accounts, SessionStore sessions, LoginThrottle throttle) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    /**
     * @param routes
     *            receives the session routes
     */
    public void register(RouteTable routes) {
        routes.add("POST", ApiPaths.SESSIONS, Access.PUBLIC, this::login) //$NON-NLS-1$
                .add("GET", ApiPaths.CURRENT_SESSION, Access.SESSION, this::current) //$NON-NLS-1$
                .change("DELETE", ApiPaths.CURRENT_SESSION, this::logout); //$NON-NLS-1$
    }

    private ApiReply login(ApiRequest request) throws Exception {
        LoginRequest login = request.body(LoginRequest.class);
        if (login.user() == null || login.user().isBlank()) {
            throw ApiException.invalid("user", "user is required"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        if (login.password() == null) {
            throw ApiException.invalid("password", "password is required"); //$NON-NLS-1$ //$NON-NLS-2$
        }
        String address = request.remoteAddress();
        Duration wait = throttle.waitBefore(login.user(), address);
        if (!wait.isZero()) {
            throw throttled(wait);
        }
        var caller = accounts.verify(login.user(), login.password().toCharArray());
        if (caller.isEmpty()) {
            throttle.failed(login.user(), address);
            throw new ApiException(401, ErrorCodes.UNAUTHENTICATED, "Wrong user name or password"); //$NON-NLS-1$
        }
        throttle.succeeded(login.user(), address);
        SessionStore.Opened opened = sessions.open(caller.get().user());
        return new ApiReply(201, new SessionInfo(opened.token(), caller.get().user(),
                caller.get().role().storedName(), new ArrayList<>(caller.get().domainIds()), opened.expiresAt()),
                Map.of());
    }

    private static ApiException throttled(Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new ApiException(429, ApiError.of(ErrorCodes.THROTTLED,
                "Too many failed logins for this user from this address; try again in " + seconds + " seconds"), //$NON-NLS-1$ //$NON-NLS-2$
                Map.of("Retry-After", Long.toString(seconds))); //$NON-NLS-1$
    }

    private ApiReply current(ApiRequest request) throws Exception {
        Caller caller = request.caller();
        var expiresAt = sessions.expiry(request.bearerToken()).orElse(null);
        return ApiReply.ok(new SessionInfo(null, caller.user(), caller.role().storedName(),
                new ArrayList<>(caller.domainIds()), expiresAt));
    }

    private ApiReply logout(ApiRequest request, Change change) throws Exception {
        sessions.close(change.connection(), request.bearerToken());
        change.audit("session.close", "session of " + request.caller().user(), null, null); //$NON-NLS-1$ //$NON-NLS-2$
        return new ApiReply(204, null, Map.of());
    }
}
