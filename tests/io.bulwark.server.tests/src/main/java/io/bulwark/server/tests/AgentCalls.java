package io.bulwark.server.tests;

import java.util.Map;
import java.util.UUID;

import io.bulwark.protocol.admin.AgentDetail;
import io.bulwark.protocol.agent.Heartbeat;
import io.bulwark.protocol.agent.Registration;

/**
 * The agent API as a test agent calls it, written for tests from the protocol's records: register, heartbeat, and the
 * administrator's view of one agent.
 */
public final class AgentCalls {

    /** The component versions test agents report. */
    public static final Map<String, String> COMPONENTS = Map.of("virus_pattern", "19.321.00", "scan_engine",
            "23.550.1002");

    private AgentCalls() {
    }

    /**
     * @param hostName
     *            the endpoint's host name
     * @param ip
     *            its address
     * @param intervalMillis
     *            its heartbeat interval
     * @param roaming
     *            whether it roams
     * @return a registration of a new agent with a fresh GUID
     */
    public static Registration newAgent(String hostName, String ip, int intervalMillis, boolean roaming) {
        return new Registration(UUID.randomUUID(), hostName, ip, "14.0.2049", intervalMillis, roaming, COMPONENTS);
    }

    /**
     * @param agent
     *            an unauthenticated session to call the agent API with
     * @param registration
     *            what to register
     * @param headers
     *            extra headers, name, value…
     * @return the reply
     * @throws Exception
     *             on a transport failure
     */
    public static AdminSession.Reply register(AdminSession agent, Registration registration, String... headers)
            throws Exception {
        return agent.post("/agent/v1/register", registration, headers);
    }

    /**
     * @param agent
     *            an unauthenticated session to call the agent API with
     * @param id
     *            the agent
     * @param roaming
     *            whether it roams now
     * @return the reply
     * @throws Exception
     *             on a transport failure
     */
    public static AdminSession.Reply heartbeat(AdminSession agent, UUID id, boolean roaming) throws Exception {
        return agent.post("/agent/v1/heartbeat", new Heartbeat(id, roaming, null));
    }

    /**
     * @param admin
     *            a logged-in session
     * @param id
     *            an agent
     * @return the agent's detail
     * @throws Exception
     *             on a transport failure or if the agent does not exist
     */
    public static AgentDetail detail(AdminSession admin, UUID id) throws Exception {
        AdminSession.Reply reply = admin.get("/api/v1/agents/" + id);
        if (reply.status() != 200) {
            throw new IllegalStateException("GET agent " + id + " answered " + reply.status() + " " + reply.body());
        }
        return reply.as(AgentDetail.class);
    }

    /**
     * @param admin
     *            a logged-in session
     * @param id
     *            an agent
     * @return its status now
     * @throws Exception
     *             on a transport failure or if the agent does not exist
     */
    public static String status(AdminSession admin, UUID id) throws Exception {
        return detail(admin, id).agent().status();
    }
}
