package io.bulwark.fleet.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.bulwark.protocol.CertificateFingerprint;

/**
 * Brings a state folder of the first format up to date. That format knew one server per fleet: its certificate was the
 * one pin in {@code server-pin.json}, and homes carried no fingerprint. Now every home carries the fingerprint its
 * agents pin, so agents of one fleet can live on several servers.
 * <p>
 * A home at the server the fleet runs against now takes the fingerprint just checked; a home at the pinned server's URL
 * takes the pin's; any other home is dropped, so that agent registers again with the fleet's server, which is what the
 * first format did with such agents.
 */
public final class StateMigration {

    /**
     * What a migration did.
     *
     * @param roster
     *            the roster in the current format
     * @param pinned
     *            how many homes took a fingerprint
     * @param dropped
     *            how many homes were dropped (those agents register again)
     */
    public record Result(AgentRoster roster, int pinned, int dropped) {
    }

    private StateMigration() {
    }

    /**
     * @param roster
     *            the roster as read, perhaps of the first format
     * @param pin
     *            the pin the state folder held before this run
     * @param server
     *            the URL of the server the fleet runs against
     * @param presented
     *            the fingerprint that server presented and the fleet accepted, or {@code null} over plain HTTP
     * @return the roster in the current format (the same if it was current)
     */
    public static Result migrate(AgentRoster roster, Optional<ServerPin> pin, String server,
            CertificateFingerprint presented) {
        if (!roster.needsMigration()) {
            return new Result(roster, 0, 0);
        }
        List<AgentIdentity> migrated = new ArrayList<>(roster.agents().size());
        int pinned = 0;
        int dropped = 0;
        for (AgentIdentity agent : roster.agents()) {
            HomeServer home = agent.home();
            if (home == null || home.fingerprint() != null || !home.https()) {
                migrated.add(agent);
            } else if (home.url().equals(server) && presented != null) {
                migrated.add(agent.at(home.withFingerprint(presented.toString())));
                pinned++;
            } else if (pin.isPresent() && home.url().equals(pin.get().serverUrl())) {
                migrated.add(agent.at(home.withFingerprint(pin.get().fingerprint())));
                pinned++;
            } else {
                migrated.add(agent.at(null));
                dropped++;
            }
        }
        return new Result(new AgentRoster(roster.seed(), migrated), pinned, dropped);
    }
}
