package io.bulwark.server.tests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP relay on loopback in front of a server, so a test can make that server unreachable for one caller and reachable
 * again without restarting it: while it refuses, every connection is accepted and closed at once (and the ones open are
 * cut), as a dropped network would; it counts the connections it refused and the times the caller sent something
 * through, with times, for tests to wait on.
 */
final class TcpRelay implements AutoCloseable {

    private final ServerSocket listening;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final List<Instant> relayed = new CopyOnWriteArrayList<>();
    private final List<Instant> refused = new CopyOnWriteArrayList<>();
    private volatile boolean refusing;

    TcpRelay(int targetPort) throws IOException {
        this.targetPort = targetPort;
        this.listening = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().name("tcp-relay").start(this::accept);
    }

    int port() {
        return listening.getLocalPort();
    }

    /** Cuts the connections open and refuses new ones until {@link #relay()}. */
    void refuse() {
        refusing = true;
        open.forEach(TcpRelay::closeQuietly);
    }

    /** Relays new connections again. */
    void relay() {
        refusing = false;
    }

    /** @return how many connections were refused at or after {@code since} */
    long refusedSince(Instant since) {
        return refused.stream().filter(at -> !at.isBefore(since)).count();
    }

    /** @return how many times the caller sent something through at or after {@code since} */
    long relayedSince(Instant since) {
        return relayed.stream().filter(at -> !at.isBefore(since)).count();
    }

    private void accept() {
        while (!listening.isClosed()) {
            try {
                Socket caller = listening.accept();
                if (refusing) {
                    refused.add(Instant.now());
                    closeQuietly(caller);
                    continue;
                }
                Socket server = new Socket();
                server.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), targetPort));
                open.add(caller);
                open.add(server);
                Thread.ofVirtual().start(() -> pump(caller, server, true));
                Thread.ofVirtual().start(() -> pump(server, caller, false));
            } catch (IOException e) {
                if (listening.isClosed()) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to, boolean fromCaller) {
        byte[] buffer = new byte[8192];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                if (fromCaller) {
                    relayed.add(Instant.now());
                }
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // the other side closed, or the relay cut the connection
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closing a socket that is gone is what was wanted
        }
    }

    @Override
    public void close() throws IOException {
        listening.close();
        open.forEach(TcpRelay::closeQuietly);
    }
}
