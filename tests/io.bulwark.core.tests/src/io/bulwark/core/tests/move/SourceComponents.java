package io.bulwark.core.tests.move;

import java.time.Duration;

import io.bulwark.client.ServerClient;
import io.bulwark.protocol.components.ComponentUpdateJob;

/** Gives a server started with {@code --simulated-update-source} its components, so that agents can be notified. */
final class SourceComponents {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private SourceComponents() {
    }

    /** Updates the server's components from its update source and waits until the update ended. */
    static void update(ServerClient server) throws Exception {
        ComponentUpdateJob update = server.administration().componentUpdates().updateServer(null);
        if (update.id() == null) {
            throw new AssertionError("The server started no component update");
        }
        Poll.until(WAIT, "the server holds components", () -> {
            try {
                ComponentUpdateJob last = server.administration().componentUpdates().lastUpdate(null);
                return last != null && !ComponentUpdateJob.RUNNING.equals(last.state());
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }
}
