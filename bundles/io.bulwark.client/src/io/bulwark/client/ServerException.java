package io.bulwark.client;

/**
 * Why a call to a management server failed. Every failure of {@link ServerClient} is one of its subclasses, so a caller
 * can catch this one type, show {@link #getMessage()} to a person (it says what failed and, where possible, what to do)
 * and branch on the subclass where it matters: {@link ApiErrorException} (the server refused or failed the request),
 * {@link ServerUnreachableException} (no answer at all), {@link CertificateNotTrustedException} and
 * {@link CertificateChangedException} (the server's certificate needs the administrator's confirmation).
 */
public abstract class ServerException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * @param message
     *            a sentence for a person
     * @param cause
     *            the underlying failure, or {@code null}
     */
    protected ServerException(String message, Throwable cause) {
        super(message, cause);
    }
}
