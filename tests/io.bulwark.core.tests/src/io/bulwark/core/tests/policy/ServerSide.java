package io.bulwark.core.tests.policy;

import java.util.function.Consumer;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.bulwark.client.Credentials;
import io.bulwark.client.ServerAddress;
import io.bulwark.client.ServerClient;
import io.bulwark.core.policy.PolicyTarget;
import io.bulwark.core.policy.WorkspaceScope;
import io.bulwark.model.settings.Policy;
import io.bulwark.model.settings.ScanTypeSettings;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.settings.SettingsScope;
import io.bulwark.test.servers.TestServer;

/**
 * What another administrator does on a server while the workspace is offline, straight through the client as the
 * console's settings editor would, and what the server holds afterwards.
 */
final class ServerSide {

    private ServerSide() {
    }

    static ServerClient client(TestServer server) {
        return new ServerClient(address(server), new Credentials("root", server.rootPassword().toCharArray()),
                CertificateFingerprint.parse(server.fingerprint()));
    }

    static ServerAddress address(TestServer server) {
        return ServerAddress.parse(server.uri().toString());
    }

    static PolicyTarget target(TestServer server, String domainPath) {
        return new PolicyTarget(address(server), WorkspaceScope.domain(domainPath));
    }

    /** @return the scope's own settings on the server now, with its entity tag as version */
    static Policy read(ServerClient client, SettingsScope scope) throws Exception {
        return client.policies().read(scope, null);
    }

    /** @return the scope's version on the server now */
    static long version(ServerClient client, SettingsScope scope) throws Exception {
        return client.policy(scope, null).value().version();
    }

    /** Changes a scope's own settings as another administrator would; @return the new version */
    static long change(ServerClient client, SettingsScope scope, Consumer<Policy> edit) throws Exception {
        Policy policy = read(client, scope);
        edit.accept(policy);
        client.policies().write(scope, policy, policy.getVersion(), null);
        return version(client, scope);
    }

    /** @return a copy of the root's real-time scan settings, for a domain to override them */
    static ScanTypeSettings rootRealTimeScan(ServerClient client) throws Exception {
        return EcoreUtil.copy(read(client, SettingsScope.root()).getRealTimeScan());
    }
}
