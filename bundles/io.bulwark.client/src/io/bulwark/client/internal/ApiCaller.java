package io.bulwark.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.util.Timeout;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.osgi.util.NLS;

import io.bulwark.client.ApiErrorException;
import io.bulwark.client.CertificateChangedException;
import io.bulwark.client.CertificateNotTrustedException;
import io.bulwark.client.Credentials;
import io.bulwark.client.RetryPolicy;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerException;
import io.bulwark.client.ServerFailureException;
import io.bulwark.client.ServerUnreachableException;
import io.bulwark.protocol.ApiError;
import io.bulwark.protocol.ApiHeaders;
import io.bulwark.protocol.ApiPaths;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.ErrorCodes;
import io.bulwark.protocol.FingerprintTrust;
import io.bulwark.protocol.WireFormatException;
import io.bulwark.protocol.WireJson;
import io.bulwark.protocol.admin.LoginRequest;
import io.bulwark.protocol.admin.SessionInfo;

/**
 * Sends calls to one server: logs in when there is no session and again when the server says the session is gone (then
 * repeats the call once), repeats calls that are safe to repeat after passing failures with growing delays, aborts a
 * call whose progress monitor is cancelled, and turns every failure into a typed {@link ServerException}. Thread-safe;
 * one per server.
 */
public final class ApiCaller implements AutoCloseable {

    /** Reads and writes single JSON documents; members a newer server adds are ignored. */
    public static final WireJson JSON = WireJson.create(WireJson.UnknownMembers.IGNORE);

    private static final int MAX_ERROR_BODY = 64 * 1024;
    private static final long PAUSE_SLICE_MILLIS = 50;
    private static final int STATUS_UNREADABLE = 502;
    private static final ContentType JSON_CONTENT = ContentType.create(WireJson.MEDIA_TYPE);

    private final ServerAddress address;
    private final Credentials credentials;
    private final RetryPolicy retry;
    private final CancelWatch watch;
    private final Object sessionLock = new Object();
    private volatile HttpTransport transport;
    private volatile SessionInfo session;
    private volatile boolean closed;

    /**
     * @param address
     *            the server
     * @param credentials
     *            the account to log in with
     * @param pinned
     *            the trusted certificate fingerprint, or {@code null} before the first confirmation
     * @param retry
     *            how often to repeat calls that are safe to repeat
     */
    public ApiCaller(ServerAddress address, Credentials credentials, CertificateFingerprint pinned,
            RetryPolicy retry) {
        this.address = address;
        this.credentials = credentials;
        this.retry = retry;
        this.watch = new CancelWatch(address.toString());
        this.transport = new HttpTransport(address, pinned);
    }

    /** @return the server */
    public ServerAddress address() {
        return address;
    }

    /** @return the trusted fingerprint, or {@code null} */
    public CertificateFingerprint pinned() {
        return transport.pinned();
    }

    /**
     * Trusts a new fingerprint from now on: connections made under the old trust are closed.
     *
     * @param fingerprint
     *            the fingerprint the administrator confirmed
     */
    public synchronized void trust(CertificateFingerprint fingerprint) {
        HttpTransport old = transport;
        transport = new HttpTransport(address, fingerprint);
        old.close();
    }

    /** @return the current session, or {@code null} before the first login */
    public SessionInfo session() {
        return session;
    }

    /**
     * Logs in and keeps the new session for every later call.
     *
     * @param monitor
     *            cancels the login
     * @return the session
     * @throws ServerException
     *             if the server refuses the credentials or cannot be reached
     */
    public SessionInfo login(IProgressMonitor monitor) throws ServerException {
        synchronized (sessionLock) {
            return loginLocked(orNull(monitor));
        }
    }

    private SessionInfo loginLocked(IProgressMonitor monitor) throws ServerException {
        byte[] body = JSON.write(new LoginRequest(credentials.user(), new String(credentials.password())));
        // A login is not repeated: each attempt would open a session of its own.
        Call call = Call.mutation("POST", ApiPaths.SESSIONS, body, null).once().anonymous(); //$NON-NLS-1$
        SessionInfo opened = send(call, json(SessionInfo.class), monitor);
        session = opened;
        return opened;
    }

    private SessionInfo renew(SessionInfo stale, IProgressMonitor monitor) throws ServerException {
        synchronized (sessionLock) {
            SessionInfo current = session;
            if (current != null && current != stale) {
                return current;
            }
            return loginLocked(monitor);
        }
    }

    /**
     * @param <T>
     *            the result
     * @param call
     *            what to send
     * @param reader
     *            reads a successful answer
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the result
     * @throws ServerException
     *             if the call fails, after any repeats
     * @throws OperationCanceledException
     *             if the monitor was cancelled
     */
    public <T> T send(Call call, AnswerReader<T> reader, IProgressMonitor monitor) throws ServerException {
        return send(call, reader, () -> true, monitor);
    }

    /**
     * Like {@link #send(Call, AnswerReader, IProgressMonitor)}, but repeats only while {@code repeatable} says so, e.g.
     * a stream that has not yet delivered anything.
     *
     * @param <T>
     *            the result
     * @param call
     *            what to send
     * @param reader
     *            reads a successful answer
     * @param repeatable
     *            whether the call may still be repeated
     * @param monitor
     *            cancels the call, or {@code null}
     * @return the result
     * @throws ServerException
     *             if the call fails, after any repeats
     */
    public <T> T send(Call call, AnswerReader<T> reader, BooleanSupplier repeatable, IProgressMonitor monitor)
            throws ServerException {
        IProgressMonitor checked = orNull(monitor);
        for (int attempt = 1;; attempt++) {
            checkCanceled(checked);
            try {
                return sendInSession(call, reader, checked);
            } catch (ServerUnreachableException | ServerFailureException e) {
                boolean passing = e instanceof ServerUnreachableException
                        || ((ServerFailureException) e).status() == 503;
                if (!passing || !call.retryable() || attempt >= retry.attempts() || !repeatable.getAsBoolean()
                        || closed) {
                    throw e;
                }
                pause(retry.delayAfter(attempt), checked);
            }
        }
    }

    private <T> T sendInSession(Call call, AnswerReader<T> reader, IProgressMonitor monitor) throws ServerException {
        if (!call.authenticated()) {
            return exchange(call, null, reader, monitor).result();
        }
        SessionInfo current = session;
        if (current == null) {
            current = renew(null, monitor);
        }
        Outcome<T> outcome = exchange(call, current.token(), reader, monitor);
        if (outcome.status() == 401) {
            // The session expired or was ended (logout elsewhere, server restored): log in again, repeat once.
            current = renew(current, monitor);
            outcome = exchange(call, current.token(), reader, monitor);
        }
        return outcome.result();
    }

    private <T> Outcome<T> exchange(Call call, String token, AnswerReader<T> reader, IProgressMonitor monitor)
            throws ServerException {
        HttpTransport current = transport;
        if (closed) {
            throw new ServerUnreachableException(NLS.bind(Messages.ServerClient_closed, address), null);
        }
        HttpUriRequestBase request = new HttpUriRequestBase(call.method(), address.resolve(call.path()));
        request.setHeader(HttpHeaders.ACCEPT, call.accept());
        if (token != null) {
            request.setHeader(ApiHeaders.AUTHORIZATION, ApiHeaders.BEARER_PREFIX + token);
        }
        call.headers().forEach(request::setHeader);
        if (call.body() != null) {
            request.setEntity(new ByteArrayEntity(call.body(), JSON_CONTENT));
        }
        if (call.timeout() != null) {
            request.setConfig(RequestConfig.custom().setResponseTimeout(Timeout.of(call.timeout())).build());
        }
        try (CancelWatch.Watched watched = watch.watch(monitor, request)) {
            return current.execute(request, response -> answer(response, reader, watched));
        } catch (IOException e) {
            checkCanceled(monitor);
            throw failure(e, current);
        } catch (WireFormatException e) {
            checkCanceled(monitor);
            throw new ServerFailureException(STATUS_UNREADABLE, ApiError.of(ErrorCodes.INTERNAL,
                    NLS.bind(Messages.ServerClient_unreadableAnswer, address, e.getMessage())));
        }
    }

    private <T> Outcome<T> answer(ClassicHttpResponse response, AnswerReader<T> reader, CancelWatch.Watched watched)
            throws IOException {
        int status = response.getCode();
        HttpEntity entity = response.getEntity();
        if (status >= 200 && status < 300) {
            InputStream body = entity == null ? InputStream.nullInputStream() : entity.getContent();
            return new Outcome<>(status, reader.read(new Answer(response, body, watched)), null);
        }
        byte[] body = entity == null ? new byte[0] : entity.getContent().readNBytes(MAX_ERROR_BODY);
        return new Outcome<>(status, null, ApiErrors.toException(address, status, body,
                value(response, ApiHeaders.ETAG), value(response, "Retry-After"))); //$NON-NLS-1$
    }

    private static String value(ClassicHttpResponse response, String header) {
        return response.getFirstHeader(header) == null ? null : response.getFirstHeader(header).getValue();
    }

    private ServerException failure(IOException e, HttpTransport used) {
        FingerprintTrust trust = used.trust();
        CertificateFingerprint refused = trust == null ? null : trust.refused();
        if (refused != null && causedByTls(e)) {
            CertificateFingerprint pinned = trust.pinned();
            if (pinned == null) {
                return new CertificateNotTrustedException(
                        NLS.bind(Messages.ServerClient_certificateNotTrusted, address, refused), refused);
            }
            return new CertificateChangedException(
                    NLS.bind(Messages.ServerClient_certificateChanged, new Object[]{address, pinned, refused}), pinned,
                    refused);
        }
        String reason = e.getMessage() == null || e.getMessage().isBlank()
                ? e.getClass().getSimpleName()
                : e.getMessage();
        return new ServerUnreachableException(NLS.bind(Messages.ServerClient_unreachable, address, reason), e);
    }

    private static boolean causedByTls(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SSLException) {
                return true;
            }
        }
        return false;
    }

    private void pause(Duration delay, IProgressMonitor monitor) {
        long deadline = System.nanoTime() + delay.toNanos();
        try {
            for (long left = delay.toMillis(); left > 0; left = (deadline - System.nanoTime()) / 1_000_000) {
                checkCanceled(monitor);
                Thread.sleep(Math.min(left, PAUSE_SLICE_MILLIS));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException(NLS.bind(Messages.ServerClient_interrupted, address));
        }
    }

    static void checkCanceled(IProgressMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private static IProgressMonitor orNull(IProgressMonitor monitor) {
        return monitor != null ? monitor : new NullProgressMonitor();
    }

    /**
     * @param <T>
     *            the record type
     * @param type
     *            the record type of the body
     * @return a reader of one JSON document
     */
    public static <T> AnswerReader<T> json(Class<T> type) {
        return answer -> JSON.read(answer.body(), type);
    }

    /** @return a reader that ignores the body */
    public static AnswerReader<Void> noBody() {
        return answer -> null;
    }

    /** Closes every connection; calls in flight fail and later calls are refused. */
    @Override
    public void close() {
        closed = true;
        transport.close();
        watch.close();
    }

    private record Outcome<T>(int status, T value, ApiErrorException error) {
        T result() throws ApiErrorException {
            if (error != null) {
                throw error;
            }
            return value;
        }
    }
}
