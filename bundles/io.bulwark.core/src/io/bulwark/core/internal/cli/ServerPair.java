package io.bulwark.core.internal.cli;

import java.io.PrintStream;
import java.util.function.UnaryOperator;

import org.eclipse.osgi.util.NLS;

import io.bulwark.client.NotificationsPendingException;
import io.bulwark.client.ServerClient;
import io.bulwark.client.ServerException;
import io.bulwark.core.internal.cli.ServerLogin.RefusedException;
import io.bulwark.core.migration.MigrationRefusedException;
import io.bulwark.core.move.MoveException;
import io.bulwark.core.move.MoveServer;

/**
 * Logs the command line in to the server the agents leave and the one they go to, runs a piece of work with both, and
 * turns its failures into the command's exit codes. The addresses and certificates come from the command line, or, when
 * it names none, from the campaign or move being carried on.
 */
final class ServerPair {

    /** Work done with both servers logged in. */
    interface Work {
        /** @return the command's exit code */
        int run(ServerClient from, ServerClient to) throws MoveException, ServerException;
    }

    private ServerPair() {
    }

    /**
     * @param options
     *            the command line
     * @param plannedFrom
     *            the server the agents leave as recorded, or {@code null} when the command line must name it
     * @param plannedTo
     *            the server they go to as recorded, or {@code null}
     * @param err
     *            where failures are printed
     * @param environment
     *            where the password variables are read: the process's environment, or a test's
     * @param work
     *            what to do
     * @return the exit code
     */
    static int run(MoveOptions options, MoveServer plannedFrom, MoveServer plannedTo, PrintStream err,
            UnaryOperator<String> environment, Work work) {
        String fromUrl = options.from() != null || plannedFrom == null ? options.from() : plannedFrom.url();
        String toUrl = options.to() != null || plannedTo == null ? options.to() : plannedTo.url();
        String fromFingerprint = options.fromFingerprint() != null || plannedFrom == null
                ? options.fromFingerprint()
                : plannedFrom.fingerprint();
        String toFingerprint = options.toFingerprint() != null || plannedTo == null
                ? options.toFingerprint()
                : plannedTo.fingerprint();
        try (ServerClient from = ServerLogin.open(Messages.MoveApplication_source, fromUrl, options.fromUser(),
                environment, "BULWARK_FROM_PASSWORD", fromFingerprint, "--from-fingerprint", options.registry()); //$NON-NLS-1$ //$NON-NLS-2$
                ServerClient to = ServerLogin.open(Messages.MoveApplication_target, toUrl, options.toUser(),
                        environment, "BULWARK_TO_PASSWORD", toFingerprint, "--to-fingerprint", options.registry())) { //$NON-NLS-1$ //$NON-NLS-2$
            return work.run(from, to);
        } catch (RefusedException | MigrationRefusedException e) {
            err.println(e.getMessage());
            return MoveApplication.REFUSED;
        } catch (NotificationsPendingException e) {
            err.println(NLS.bind(Messages.MoveApplication_notificationsPending, e.getMessage(),
                    Integer.valueOf(e.agentIds().size())));
            return MoveApplication.REFUSED;
        } catch (MoveException | ServerException e) {
            err.println(e.getMessage());
            return MoveApplication.FAILED;
        }
    }
}
