package io.bulwark.ui.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import io.bulwark.client.Credentials;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.core.policy.PolicyWorkspace;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.test.servers.TestServer;

/**
 * The console set-up of the offline policy test: one real server with a domain made through the REST API, signed in to
 * as root, and a policy workspace of its own. The test stops and restarts the server process. Started before the
 * workbench when {@value #ENABLE_PROPERTY} is set.
 */
public final class OfflinePoliciesFixture {

    /** System property that enables the fixture. */
    public static final String ENABLE_PROPERTY = "bulwark.test.offlinePolicies";

    /** The server's name in the console. */
    public static final String OFFICE = "Office";

    /** The domain taken offline. */
    public static final String BRANCH = "Branch";

    private static TestServer office;
    private static Path workspace;

    private OfflinePoliciesFixture() {
    }

    /** @return whether this run uses the fixture */
    public static boolean isEnabled() {
        return Boolean.getBoolean(ENABLE_PROPERTY);
    }

    /**
     * Starts the server, makes the domain, and points the console at the server and the workspace.
     *
     * @return what to stop when the test bundle stops
     */
    static AutoCloseable start() throws Exception {
        Path folder = Files.createTempDirectory("bulwark-ui-offline");
        office = TestServer.start(folder.resolve("office"), "--name", OFFICE);
        try (ServerClient client = rootClient()) {
            client.createDomain(BRANCH, null, null);
        }
        workspace = folder.resolve("policies");
        System.setProperty(PolicyWorkspace.FOLDER_PROPERTY, workspace.toString());
        Path console = Files.createDirectories(folder.resolve("console"));
        System.setProperty("bulwark.servers", OFFICE + "=" + office.uri() + ";fingerprint=" + office.fingerprint()
                + ";user=root");
        System.setProperty("bulwark.startupPasswordFile", write(console.resolve("startup-password"),
                TestServer.ROOT_PASSWORD));
        System.setProperty("bulwark.masterPasswordFile", write(console.resolve("master-password"),
                "master password of the offline policy UI test"));
        System.setProperty("bulwark.registryFile", console.resolve("servers.xmi").toString());
        System.setProperty("bulwark.secureStorageFile", console.resolve("secure_storage").toString());
        return office;
    }

    /** @return the server process */
    public static TestServer office() {
        return office;
    }

    /** @return the console's policy workspace */
    public static PolicyWorkspace workspace() {
        return new PolicyWorkspace(workspace);
    }

    /** @return a client of the server signed in as root, as another administrator would be; close it */
    public static ServerClient rootClient() {
        return new ServerClient(ServerAddress.parse(office.uri().toString()),
                new Credentials("root", TestServer.ROOT_PASSWORD.toCharArray()),
                CertificateFingerprint.parse(office.fingerprint()));
    }

    private static String write(Path file, String content) throws IOException {
        Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
        return file.toString();
    }
}
