package io.bulwark.ui.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.bulwark.client.Credentials;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.admin.AccountRequest;
import io.bulwark.test.servers.Concurrently;
import io.bulwark.test.servers.ScratchFolder;
import io.bulwark.test.servers.ServerWithFleet;
import io.bulwark.test.servers.TestFleet;
import io.bulwark.test.servers.TestServer;

/**
 * The console set-up of the administration tests, started before the workbench when {@value #ENABLE_PROPERTY} is set:
 * "Head office", a server with a simulated update source whose fleet reports component versions just behind the
 * source's first ones and then falls silent (so queued notifications stay queued), signed in as root; and "Remote
 * site", a server with a fast fleet, signed in as the read-only operator {@value #OPERATOR}. Both are listed for the
 * console ({@link StartupList}).
 */
public final class AdministrationFixture {

    /** System property that enables the fixture. */
    public static final String ENABLE_PROPERTY = "bulwark.test.administration";

    /** The servers' names in the start-up list. */
    public static final String HEAD_OFFICE = "Head office";
    public static final String REMOTE_SITE = "Remote site";

    /** How many agents each fleet registers. */
    public static final int HEAD_OFFICE_AGENTS = 3;
    public static final int REMOTE_SITE_AGENTS = 2;

    /** The read-only account the console signs in with on the remote site (the start-up password is root's). */
    public static final String OPERATOR = "watcher";

    /** Domains created on the head office before the console starts, for the audit log to show. */
    public static final List<String> DOMAINS = List.of("Audit one", "Audit two");

    private static final List<AutoCloseable> STARTED = new ArrayList<>();
    private static TestServer headOffice;
    private static TestFleet remoteFleet;
    private static long lastDomainId;

    private AdministrationFixture() {
    }

    /** Starts the servers and fleets and hands them to the console, if the fixture is enabled. */
    static void start() throws Exception {
        if (!Boolean.getBoolean(ENABLE_PROPERTY)) {
            return;
        }
        ScratchFolder scratch = ScratchFolder.create("bulwark-ui-administration");
        STARTED.add(scratch);
        Path folder = scratch.path();
        List<ServerWithFleet> servers = Concurrently.start(List.of(() -> ServerWithFleet.withFleet(
                TestServer.start(folder.resolve("head-office"), "--name", HEAD_OFFICE, "--simulated-update-source"),
                server -> {
                    // Registered, the head office's agents fall silent: notifications queued for them stay queued.
                    TestFleet fleet = TestFleet.start(folder.resolve("head-office-fleet"), server.uri(),
                            server.fingerprint(), HEAD_OFFICE_AGENTS, "--interval", "1");
                    fleet.stop();
                    return fleet;
                }), () -> ServerWithFleet.withFleet(
                        TestServer.start(folder.resolve("remote-site"), "--name", REMOTE_SITE),
                        server -> TestFleet.start(folder.resolve("remote-site-fleet"), server.uri(),
                                server.fingerprint(), REMOTE_SITE_AGENTS, "--interval", "1"))));
        STARTED.addAll(servers);
        headOffice = servers.get(0).server();
        TestServer remote = servers.get(1).server();
        remoteFleet = servers.get(1).fleet();
        try (ServerClient client = rootClient(headOffice)) {
            for (String domain : DOMAINS) {
                lastDomainId = client.createDomain(domain, null, null).id();
            }
        }
        try (ServerClient client = rootClient(remote)) {
            client.administration().createAccount(
                    new AccountRequest(OPERATOR, "operator", TestServer.ROOT_PASSWORD, null), null);
        }
        StartupList.add(HEAD_OFFICE, headOffice, "root");
        StartupList.add(REMOTE_SITE, remote, OPERATOR);
    }

    /** @return a client signed in as root on the head office, for checking what the console did */
    public static ServerClient headOfficeAsRoot() {
        return rootClient(headOffice);
    }

    /** @return the audit log's target of the last domain created, as the server names it: id and quoted name */
    public static String lastDomainTarget() {
        return "domain " + lastDomainId + " \"" + DOMAINS.get(DOMAINS.size() - 1) + "\"";
    }

    /** Stops the remote site's fleet, as when a branch loses power: its agents go offline. */
    public static void stopRemoteFleet() throws IOException, InterruptedException {
        remoteFleet.stop();
    }

    private static ServerClient rootClient(TestServer server) {
        return new ServerClient(ServerAddress.parse(server.uri().toString()),
                new Credentials("root", server.rootPassword().toCharArray()),
                CertificateFingerprint.parse(server.fingerprint()));
    }

    /** Stops what {@link #start()} started, last first. */
    static void stop() throws Exception {
        for (int i = STARTED.size() - 1; i >= 0; i--) {
            STARTED.get(i).close();
        }
        STARTED.clear();
    }
}
