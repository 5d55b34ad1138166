package io.bulwark.model.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.GroupingRule;
import io.bulwark.model.ManagementServer;
import io.bulwark.model.ServerCertificate;

/** Names model objects the way a person reads them in a message, e.g. {@code domain 'Berlin'}. */
final class ObjectLabels {

    private ObjectLabels() {
    }

    /**
     * @param object
     *            a model object
     * @return a label for a person, or {@code null} for an object of a class without a label here
     */
    static String of(EObject object) {
        if (object instanceof Domain domain) {
            return NLS.bind(Messages.ObjectLabels_domain, named(domain.getName()));
        }
        if (object instanceof Agent agent) {
            return NLS.bind(Messages.ObjectLabels_agent, named(agent.getHostName() != null
                    ? agent.getHostName()
                    : agent.getId()));
        }
        if (object instanceof ManagementServer server) {
            return NLS.bind(Messages.ObjectLabels_server, named(server.getName() != null
                    ? server.getName()
                    : server.getHost()));
        }
        if (object instanceof ServerCertificate certificate) {
            return NLS.bind(Messages.ObjectLabels_certificate,
                    certificate.eContainer() == null ? named(certificate.getSubject()) : of(certificate.eContainer()));
        }
        if (object instanceof GroupingRule rule) {
            return NLS.bind(Messages.ObjectLabels_groupingRule, named(rule.getIpRange()));
        }
        if (object instanceof AgentTree) {
            return Messages.ObjectLabels_root;
        }
        return null;
    }

    private static String named(String name) {
        return name == null || name.isBlank() ? Messages.ObjectLabels_unnamed : name;
    }
}
