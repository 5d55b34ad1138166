package io.bulwark.ui.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import io.bulwark.client.Credentials;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.test.servers.ScratchFolder;
import io.bulwark.test.servers.TestServer;

/**
 * The console set-up of the offline policy tests: two real servers with domains made through the REST API, both signed
 * in to as root, and a policy workspace of its own. {@link OfflinePoliciesTest} takes {@value #BRANCH} of
 * {@value #OFFICE} offline and stops and restarts that server; {@link PolicyTemplatesTest} applies a template to
 * {@value #SALES} and {@value #PLANT} of both servers. Started before the workbench when {@value #ENABLE_PROPERTY} is
 * set.
 */
public final class OfflinePoliciesFixture {

    /** System property that enables the fixture. */
    public static final String ENABLE_PROPERTY = "bulwark.test.offlinePolicies";

    /** The server's name in the console. */
    public static final String OFFICE = "Office";

    /** The second server's name in the console. */
    public static final String LAB = "Lab";

    /** The domain taken offline, on {@value #OFFICE} only. */
    public static final String BRANCH = "Branch";

    /** Both servers' names, in the order of the start-up list. */
    public static final List<String> NAMES = List.of(OFFICE, LAB);

    /** A domain on both servers, for templates. */
    public static final String SALES = "Sales";

    /** Another domain on both servers, for templates. */
    public static final String PLANT = "Plant";

    private static TestServer office;
    private static TestServer lab;
    private static Path workspace;

    private OfflinePoliciesFixture() {
    }

    /** @return whether this run uses the fixture */
    public static boolean isEnabled() {
        return Boolean.getBoolean(ENABLE_PROPERTY);
    }

    /**
     * Starts the servers, makes the domains, and points the console at the servers and the workspace.
     *
     * @return what to stop when the test bundle stops
     */
    static AutoCloseable start() throws Exception {
        ScratchFolder scratch = ScratchFolder.create("bulwark-ui-offline");
        Path folder = scratch.path();
        try {
            office = TestServer.start(folder.resolve("office"), "--name", OFFICE);
        } catch (IOException | InterruptedException | RuntimeException e) {
            scratch.close();
            throw e;
        }
        try {
            lab = TestServer.start(folder.resolve("lab"), "--name", LAB);
        } catch (IOException | InterruptedException | RuntimeException e) {
            try (scratch) {
                office.close();
            }
            throw e;
        }
        try (ServerClient client = rootClient(office)) {
            client.createDomain(BRANCH, null, null);
            client.createDomain(SALES, null, null);
            client.createDomain(PLANT, null, null);
        }
        try (ServerClient client = rootClient(lab)) {
            client.createDomain(SALES, null, null);
            client.createDomain(PLANT, null, null);
        }
        workspace = folder.resolve("policies");
        System.setProperty(PolicyWorkspace.FOLDER_PROPERTY, workspace.toString());
        StartupList.add(OFFICE, office, "root");
        StartupList.add(LAB, lab, "root");
        return () -> {
            try (scratch) {
                try {
                    lab.close();
                } finally {
                    office.close();
                }
            }
        };
    }

    /** @return the process of {@value #OFFICE} */
    public static TestServer office() {
        return office;
    }

    /** @return the process of {@value #LAB} */
    public static TestServer lab() {
        return lab;
    }

    /** @return the console's policy workspace */
    public static PolicyWorkspace workspace() {
        return new PolicyWorkspace(workspace);
    }

    /** @return a client of {@value #OFFICE} signed in as root, as another administrator would be; close it */
    public static ServerClient rootClient() {
        return rootClient(office);
    }

    /** @return a client of a server signed in as root, as another administrator would be; close it */
    public static ServerClient rootClient(TestServer server) {
        return new ServerClient(ServerAddress.parse(server.uri().toString()),
                new Credentials("root", TestServer.ROOT_PASSWORD.toCharArray()),
                CertificateFingerprint.parse(server.fingerprint()));
    }

}
