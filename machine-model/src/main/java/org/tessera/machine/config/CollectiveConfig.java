package org.tessera.machine.config;

/**
 * Costs of collective operations beyond the network itself. {@code combineCycles} is the latency
 * of a router's adder in in-network reductions ({@code collective.combine_cycles}).
 */
public record CollectiveConfig(int messageOverheadCycles, double reduceCyclesPerByte, long segmentBytes, int combineCycles) {

    /** The software costs, with the router's adder at its default of one cycle. */
    public CollectiveConfig(int messageOverheadCycles, double reduceCyclesPerByte, long segmentBytes) {
        this(messageOverheadCycles, reduceCyclesPerByte, segmentBytes, 1);
    }
}
