package io.bulwark.client.internal.mapping;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.ECollections;

import io.bulwark.model.AccountRole;
import io.bulwark.model.AgentCounts;
import io.bulwark.model.ComponentVersion;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ModelFactory;
import io.bulwark.model.ModelPackage;
import io.bulwark.model.ServerCertificate;
import io.bulwark.protocol.CertificateFingerprint;
import io.bulwark.protocol.ServerInfo;
import io.bulwark.protocol.admin.SessionInfo;

/**
 * Maps what a server says about itself, and the certificate it presents, onto its {@link ManagementServer}, in place.
 * The name the user gave the server is the user's and stays as it is.
 */
public final class ServerInfoMapping {

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    private ServerInfoMapping() {
    }

    /**
     * @param server
     *            the server in the model
     * @param info
     *            what it reported; the parts only an authenticated caller receives are left as they are when absent
     */
    public static void apply(ManagementServer server, ServerInfo info) {
        Fields.update(server, ModelPackage.Literals.MANAGEMENT_SERVER__VERSION, info.version());
        Fields.update(server, ModelPackage.Literals.MANAGEMENT_SERVER__LISTENING_PORT,
                Integer.valueOf(info.listeningPort()));
        if (info.serverId() != null) {
            Fields.update(server, ModelPackage.Literals.MANAGEMENT_SERVER__SERVER_ID, info.serverId().toString());
        }
        if (info.agentCount() != null) {
            Fields.update(server, ModelPackage.Literals.MANAGEMENT_SERVER__AGENT_COUNT, info.agentCount());
        }
        if (info.agentsByStatus() != null) {
            AgentCounts counts = server.getAgentsByStatus();
            if (counts == null) {
                counts = FACTORY.createAgentCounts();
                server.setAgentsByStatus(counts);
            }
            Fields.update(counts, ModelPackage.Literals.AGENT_COUNTS__ONLINE,
                    Long.valueOf(info.agentsByStatus().online()));
            Fields.update(counts, ModelPackage.Literals.AGENT_COUNTS__OFFLINE,
                    Long.valueOf(info.agentsByStatus().offline()));
            Fields.update(counts, ModelPackage.Literals.AGENT_COUNTS__ROAMING,
                    Long.valueOf(info.agentsByStatus().roaming()));
            Fields.update(counts, ModelPackage.Literals.AGENT_COUNTS__MOVING,
                    Long.valueOf(info.agentsByStatus().moving()));
        }
        if (info.components() != null) {
            components(server, info.components());
        }
    }

    /**
     * @param server
     *            the server in the model
     * @param session
     *            the session the console signed in with, or {@code null} when signed out; a role this console does not
     *            know is left unset, so editors treat it as read-only
     */
    public static void applySession(ManagementServer server, SessionInfo session) {
        AccountRole role = session == null || session.role() == null ? null : AccountRole.get(session.role());
        if (role == null) {
            if (server.isSetRole()) {
                server.unsetRole();
            }
        } else if (!server.isSetRole() || server.getRole() != role) {
            server.setRole(role);
        }
    }

    /**
     * @param server
     *            the server in the model
     * @param certificate
     *            the certificate it presented on this connection
     */
    public static void applyCertificate(ManagementServer server, X509Certificate certificate) {
        ServerCertificate model = server.getCertificate();
        if (model == null) {
            model = FACTORY.createServerCertificate();
            server.setCertificate(model);
        }
        Fields.update(model, ModelPackage.Literals.SERVER_CERTIFICATE__FINGERPRINT,
                CertificateFingerprint.of(certificate).toString());
        Fields.update(model, ModelPackage.Literals.SERVER_CERTIFICATE__SUBJECT,
                certificate.getSubjectX500Principal().getName());
        Fields.update(model, ModelPackage.Literals.SERVER_CERTIFICATE__VALID_FROM,
                certificate.getNotBefore().toInstant());
        Fields.update(model, ModelPackage.Literals.SERVER_CERTIFICATE__VALID_UNTIL,
                certificate.getNotAfter().toInstant());
    }

    private static void components(ManagementServer server,
            List<io.bulwark.protocol.components.ComponentVersion> reported) {
        Map<String, ComponentVersion> existing = new HashMap<>();
        for (ComponentVersion version : server.getComponents()) {
            existing.put(version.getName(), version);
        }
        List<ComponentVersion> wanted = new ArrayList<>(reported.size());
        for (io.bulwark.protocol.components.ComponentVersion wire : reported) {
            ComponentVersion version = existing.remove(wire.name());
            if (version == null) {
                version = FACTORY.createComponentVersion();
                version.setName(wire.name());
            }
            Fields.update(version, ModelPackage.Literals.COMPONENT_VERSION__VERSION, Long.toString(wire.version()));
            wanted.add(version);
        }
        ECollections.setEList(server.getComponents(), wanted);
    }
}
