package org.tessera.machine.config;

/**
 * The circuit plane of hybrid switching (keys {@code network.switching} and
 * {@code network.circuit_*}): a flow that sends {@code threshold} messages, each within
 * {@code windowCycles} of the one before, asks for a circuit; {@code lanesPerLink} circuits can
 * share a link; a circuit unused for {@code idleCycles} may be torn down; a message on a circuit
 * pays {@code bypassLatency} instead of the router pipeline at every router it crosses.
 */
public record CircuitConfig(Switching switching, int threshold, int windowCycles, int idleCycles, int lanesPerLink, int bypassLatency) {

    /** Packet switching only: what a config without the keys means. */
    public static final CircuitConfig PACKET = new CircuitConfig(Switching.PACKET, 4, 1000, 5000, 4, 1);

    public boolean hybrid() {
        return switching == Switching.HYBRID;
    }
}
