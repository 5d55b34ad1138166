package io.bulwark.model.tests;

import io.bulwark.model.Agent;
import io.bulwark.model.AgentTree;
import io.bulwark.model.Domain;
import io.bulwark.model.ModelFactory;

/** Builds small agent trees for tests. */
final class Trees {

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    private Trees() {
    }

    static AgentTree tree() {
        return FACTORY.createAgentTree();
    }

    static Domain domain(long id, String name) {
        Domain domain = FACTORY.createDomain();
        domain.setId(id);
        domain.setName(name);
        return domain;
    }

    static Agent agent(String id, String hostName) {
        Agent agent = FACTORY.createAgent();
        agent.setId(id);
        agent.setHostName(hostName);
        return agent;
    }
}
