package org.tessera.machine.config;

/** Costs of collective operations beyond the network itself. */
public record CollectiveConfig(int messageOverheadCycles, double reduceCyclesPerByte, long segmentBytes) {
}
