package io.bulwark.server.internal.http;

/**
 * Who may call a route.
 */
public enum Access {
    /** Anyone: server info and login. */
    PUBLIC,
    /** A logged-in account, by {@code Authorization: Bearer}; the endpoint checks its role and scope. */
    SESSION,
    /** An agent, on the agent API; the endpoint checks the agent's identity and the enrolment key. */
    AGENT
}
