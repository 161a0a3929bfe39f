package org.tessera.machine.config;

/**
 * How messages cross the network. Packet switching arbitrates for every router on every hop;
 * hybrid switching also sets up circuits for long-lived flows, after Jerger, Peh &amp; Lipasti,
 * "Circuit-Switched Coherence" (NOCS 2008), on a plane of circuit lanes beside the packet network.
 */
public enum Switching {
    /** Every message is packet-switched (the network as it always was). */
    PACKET,
    /** Packet switching, plus circuits for flows that send often (see {@code network.circuit_*}). */
    HYBRID
}
