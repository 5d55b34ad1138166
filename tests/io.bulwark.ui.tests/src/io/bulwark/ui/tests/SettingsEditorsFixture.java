package io.bulwark.ui.tests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.bulwark.client.AgentQuery;
import io.bulwark.client.Credentials;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.admin.AccountRequest;
import io.bulwark.protocol.admin.AgentSummary;
import io.bulwark.protocol.admin.Domain;
import io.bulwark.test.servers.Concurrently;
import io.bulwark.test.servers.ScratchFolder;
import io.bulwark.test.servers.ServerWithFleet;
import io.bulwark.test.servers.TestServer;

/**
 * The console set-up of the settings editor tests: two real servers with small fleets, listed for the console
 * ({@link StartupList}). On the first, a domain holds two of its agents and a second domain is empty, both made through
 * the REST API; the console signs in there as root. On the second, the console signs in with an operator account, which
 * may read settings but not change them. Started before the workbench when {@value #ENABLE_PROPERTY} is set.
 */
public final class SettingsEditorsFixture {

    /** System property that enables the fixture. */
    public static final String ENABLE_PROPERTY = "bulwark.test.settingsEditors";

    /** The server the console signs in to as root, and the one it signs in to as an operator. */
    public static final String HEAD_OFFICE = "Headquarters";
    public static final String REMOTE_SITE = "Field office";

    /** The domain of the head office that holds agents, and its empty domain. */
    public static final String BRANCH = "Branch office";
    public static final String LAB = "Lab";

    /** The operator account of the remote site. */
    public static final String OPERATOR = "operator";

    private static final int HEAD_OFFICE_AGENTS = 3;
    private static final int REMOTE_SITE_AGENTS = 2;

    private static TestServer headOffice;

    private SettingsEditorsFixture() {
    }

    /** @return whether this run uses the fixture */
    public static boolean isEnabled() {
        return Boolean.getBoolean(ENABLE_PROPERTY);
    }

    /**
     * Starts the servers and fleets, prepares domains and accounts, and points the console at them.
     *
     * @return what to stop when the test bundle stops, last first
     */
    static List<AutoCloseable> start() throws Exception {
        List<AutoCloseable> started = new ArrayList<>();
        ScratchFolder scratch = ScratchFolder.create("bulwark-ui-settings");
        started.add(scratch);
        Path folder = scratch.path();
        List<ServerWithFleet> servers = Concurrently.start(List.of(
                ServerWithFleet.starting(folder.resolve("head-office"), HEAD_OFFICE, HEAD_OFFICE_AGENTS, "--interval",
                        "1"),
                ServerWithFleet.starting(folder.resolve("remote-site"), REMOTE_SITE, REMOTE_SITE_AGENTS, "--interval",
                        "1")));
        started.addAll(servers);
        headOffice = servers.get(0).server();
        TestServer remoteSite = servers.get(1).server();
        try (ServerClient client = rootClient(headOffice)) {
            Domain branch = client.createDomain(BRANCH, null, null);
            client.createDomain(LAB, null, null);
            List<UUID> agents = client.agents(AgentQuery.all(), null, null).items().stream().map(AgentSummary::id)
                    .limit(2).toList();
            client.moveAgents(agents, Long.valueOf(branch.id()), UUID.randomUUID().toString(), null);
        }
        try (ServerClient client = rootClient(remoteSite)) {
            client.administration().createAccount(
                    new AccountRequest(OPERATOR, OPERATOR, TestServer.ROOT_PASSWORD, List.of()), null);
        }
        StartupList.add(HEAD_OFFICE, headOffice, "root");
        StartupList.add(REMOTE_SITE, remoteSite, OPERATOR);
        return started;
    }

    /** @return a client of the head office signed in as root, as another administrator would be; close it */
    public static ServerClient headOfficeAsRoot() {
        return rootClient(headOffice);
    }

    private static ServerClient rootClient(TestServer server) {
        return new ServerClient(ServerAddress.parse(server.uri().toString()),
                new Credentials("root", TestServer.ROOT_PASSWORD.toCharArray()),
                CertificateFingerprint.parse(server.fingerprint()));
    }

}
