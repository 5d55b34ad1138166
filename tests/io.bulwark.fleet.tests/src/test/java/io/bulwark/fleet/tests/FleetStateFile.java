package io.bulwark.fleet.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.bulwark.server.tests.AdminSession;

/**
 * Reads a fleet's state folder the way a person would look into it: {@code agents.json} holds every agent's GUID, host
 * name and home server.
 */
final class FleetStateFile {

    private FleetStateFile() {
    }

    /** @return each agent's GUID and host name, in order */
    static List<String> identities(Path state) throws IOException {
        List<String> identities = new ArrayList<>();
        for (Map<?, ?> agent : agents(state)) {
            identities.add(agent.get("guid") + " " + agent.get("hostName"));
        }
        return identities;
    }

    /** @return the agents, each as the JSON object it is stored as */
    static List<Map<?, ?>> agents(Path state) throws IOException {
        Map<?, ?> roster = AdminSession.JSON.read(Files.readAllBytes(state.resolve("agents.json")), Map.class);
        List<Map<?, ?>> agents = new ArrayList<>();
        for (Object agent : (List<?>) roster.get("agents")) {
            agents.add((Map<?, ?>) agent);
        }
        return agents;
    }
}
